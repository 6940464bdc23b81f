"""Turns the results of Benchmarks/repl/run.sh into the Markdown that docs/PERFORMANCE.md holds.

    python report.py RESULTS_DIR [--into FILE]

With --into, the Markdown also goes into FILE: between the lines
<!-- repl-figures:begin --> and <!-- repl-figures:end --> when FILE has them
(so `bash Benchmarks/repl/run.sh docs/PERFORMANCE.md` refreshes the figures
and keeps the prose), otherwise as the whole file.

RESULTS_DIR holds meta.txt (KEY=VALUE lines) and startup.json, hyperfine's
export of the four commands, named as run.sh names them, and, when valgrind
counted them, instructions.txt (command=instructions lines).
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import figures  # noqa: E402  (Benchmarks/figures.py)
from figures import ms, read_meta  # noqa: E402


KNOBS = [
    ("knobs: start-up to the first prompt", "start-up to the first prompt: `knobs` (then the end of input)"),
    ("knobs: opening a lesson", "opening a lesson: `knobs repl 01` (then the end of input)"),
]
PEERS = [
    ("python3 -c pass", "`python3 -c pass`"),
    ("ipython -c pass", "`ipython -c pass`"),
]


def report(directory):
    meta = read_meta(directory)
    with open(os.path.join(directory, "startup.json"), encoding="utf-8") as f:
        results = {r["command"]: r for r in json.load(f)["results"]}
    lines = [
        f"Measured {meta['date']} with `{meta['command']}` at knobs commit `{meta['commit']}`"
        + ("." if meta.get("built_from", meta["commit"]) == meta["commit"]
           else f"; the knobs binary was built from commit `{meta['built_from']}`."),
        "",
        f"- Machine: {meta['cpu']}, {meta['cores']} cores; load average {meta['load_before']} before the run, "
        f"{meta['load_after']} after (`uptime`).",
        f"- knobs: `{meta['knobs']}`, run from a copy; a fresh `KNOBS_HOME`, the repository's lessons.",
        f"- Peers: {meta['python']} and IPython {meta['ipython']}, from the virtual environment "
        "`Benchmarks/.build/repl-venv` (a fresh `IPYTHONDIR`).",
        f"- Whole process, standard input at its end at once: {meta['hyperfine']}, "
        f"`-N --warmup {meta['warmup']} --runs {meta['runs']}`; times in ms.",
        "",
        "| command | median | mean ± σ | min | CPU (user + system), mean |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, label in KNOBS + PEERS:
        r = results[name]
        lines.append(f"| {label} | {ms(r['median'])} | {ms(r['mean'])} ± {ms(r['stddev'])} | {ms(r['min'])} "
                     f"| {ms(r['user'] + r['system'])} |")
    lines += [
        "",
        "Ratios of medians, knobs/peer (below 1: knobs is faster; the target is below 1 against both):",
        "",
        "| knobs | / `python3 -c pass` | / `ipython -c pass` | meets target | CPU / `python3 -c pass` |",
        "|---|---:|---:|:---:|---:|",
    ]
    python = results[PEERS[0][0]]
    for name, label in KNOBS:
        knobs = results[name]["median"]
        against = [knobs / results[peer]["median"] for peer, _ in PEERS]
        met = "yes" if all(r < 1 for r in against) else "**no**"
        cpu = (results[name]["user"] + results[name]["system"]) / (python["user"] + python["system"])
        lines.append(f"| {label.split(':')[0]} | {against[0]:.2f} | {against[1]:.2f} | {met} | {cpu:.2f} |")
    if os.path.exists(os.path.join(directory, "instructions.txt")):
        counts = read_meta(directory, "instructions.txt")
        peer = int(counts[PEERS[0][0]])
        lines += [
            "",
            f"Instructions executed, one run of each ({counts['valgrind']}, `--tool=callgrind`):",
            "",
            "| command | millions | / `python3 -c pass` |",
            "|---|---:|---:|",
        ]
        for name, label in KNOBS + PEERS[:1]:
            count = int(counts[name])
            lines.append(f"| {label} | {count / 1e6:.1f} | {count / peer:.2f} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    figures.run(sys.argv, "repl", report)
