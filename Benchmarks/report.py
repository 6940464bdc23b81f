"""Turns the results of Benchmarks/run.sh into the Markdown that docs/PERFORMANCE.md holds.

    python report.py RESULTS_DIR [--into FILE]

With --into, the Markdown also goes into FILE: between the lines
<!-- figures:begin --> and <!-- figures:end --> when FILE has them (so
`bash Benchmarks/run.sh docs/PERFORMANCE.md` refreshes the figures and keeps
the prose), otherwise as the whole file.

RESULTS_DIR holds meta.txt (KEY=VALUE lines), one hyperfine JSON export per
benchmark (startup.json, PROGRAM.json, each with the commands named "knobs"
and "python") and the in-process timings knobs-inprocess.tsv and
python-inprocess.tsv (name, best_ms, median_ms, runs).
"""

import json
import os
import sys

BEGIN = "<!-- figures:begin -->"
END = "<!-- figures:end -->"
TARGET_RATIO = 0.5
TARGET_STARTUP_MS = 20.0

# Program name -> what the row says, in the order of the table.
PROGRAMS = [
    ("loop", "scalar loop, top level: `s = s + i*i`, 1,000,000 i"),
    ("loop_in_fn", "scalar loop inside a function"),
    ("fib", "recursive `fib(25)`"),
    ("map_filter", "`map` + `filter` with closures, 100,000 numbers"),
    ("list_update", "`xs[i] = …` over 100,000 items, 20,000 new record fields"),
]


def read_meta(directory):
    meta = {}
    with open(os.path.join(directory, "meta.txt"), encoding="utf-8") as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition("=")
            meta[key] = value
    return meta


def read_hyperfine(directory, name):
    with open(os.path.join(directory, name + ".json"), encoding="utf-8") as f:
        results = json.load(f)["results"]
    by_command = {r["command"]: r for r in results}
    return by_command["knobs"], by_command["python"]


def read_tsv(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            name, best, median, runs = line.rstrip("\n").split("\t")
            rows[name] = (float(best), float(median), int(runs))
    return rows


def ms(seconds):
    return seconds * 1e3


def fmt(x):
    return f"{x:.1f}" if x >= 10 else f"{x:.2f}"


def verdict(ok):
    return "yes" if ok else "**no**"


def write_into(path, report):
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        text = ""
    begin, end = text.find(BEGIN), text.find(END)
    if 0 <= begin < end:
        text = text[: begin + len(BEGIN)] + "\n" + report + "\n" + text[end:]
    else:
        text = report + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    arguments = sys.argv[1:]
    into = None
    if len(arguments) == 3 and arguments[1] == "--into":
        into = arguments[2]
    elif len(arguments) != 1:
        sys.exit("usage: report.py RESULTS_DIR [--into FILE]")
    directory = arguments[0]
    meta = read_meta(directory)
    knobs_in = read_tsv(os.path.join(directory, "knobs-inprocess.tsv"))
    python_in = read_tsv(os.path.join(directory, "python-inprocess.tsv"))
    lines = []
    out = lines.append

    out(f"Measured {meta['date']} with `{meta['command']}` at knobs commit `{meta['commit']}`.")
    out("")
    out(f"- Machine: {meta['cpu']}, {meta['cores']} cores; load average {meta['load_before']} before the run, "
        f"{meta['load_after']} after (`uptime`).")
    out(f"- knobs: {meta['swift']}, release build.")
    out(f"- CPython: {meta['python_version']} (`{meta['python']}`, run from a fresh virtual environment); "
        f"{meta['hyperfine']}.")
    out("")

    startup_k, startup_p = read_hyperfine(directory, "startup")
    runs = startup_k["times"].__len__()
    out(f"Whole process: `hyperfine -N --warmup {meta['warmup']} --runs {runs}`, median wall time; "
        "the ratio is knobs/CPython (below 1: knobs is faster).")
    out("")
    out("| benchmark | knobs ms | CPython ms | knobs/CPython | meets target |")
    out("|---|---:|---:|---:|:---:|")
    k, p = ms(startup_k["median"]), ms(startup_p["median"])
    out(f"| start-up: `knobs eval 1` vs `python3 -c 1` | {fmt(k)} | {fmt(p)} | {k / p:.2f} | "
        f"{verdict(k / p <= TARGET_RATIO)}; under {TARGET_STARTUP_MS:.0f} ms: {verdict(k < TARGET_STARTUP_MS)} |")
    for name, label in PROGRAMS:
        hk, hp = read_hyperfine(directory, name)
        k, p = ms(hk["median"]), ms(hp["median"])
        out(f"| {label} | {fmt(k)} | {fmt(p)} | {k / p:.2f} | {verdict(k / p <= TARGET_RATIO)} |")
    out("")

    runs = next(iter(knobs_in.values()))[2]
    out(f"In process, without start-up: knobs through `knobs-bench`, CPython through `inprocess.py` "
        f"(compile + exec), best and median of {runs} runs; the ratio compares the best times.")
    out("")
    out("| benchmark | knobs best ms | knobs median ms | CPython best ms | CPython median ms | knobs/CPython | meets target |")
    out("|---|---:|---:|---:|---:|---:|:---:|")
    for name, label in PROGRAMS:
        kb, km, _ = knobs_in[name]
        pb, pm, _ = python_in[name]
        out(f"| {label} | {fmt(kb)} | {fmt(km)} | {fmt(pb)} | {fmt(pm)} | {kb / pb:.2f} | "
            f"{verdict(kb / pb <= TARGET_RATIO)} |")
    report = "\n".join(lines)
    if into:
        write_into(into, report)
    print(report)


if __name__ == "__main__":
    main()
