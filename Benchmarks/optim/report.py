"""The Markdown report of Benchmarks/optim/run.sh, from its raw results.

    python3 report.py RESULTS [--into FILE.md]

With --into, the report replaces what lies between <!-- optim-figures:begin -->
and <!-- optim-figures:end --> in FILE.md (or the whole file without them).
Fails when the knobs and numpy-written checksums differ: the two must do the
same arithmetic.
"""

import argparse
import os
import re
import statistics
import sys

CONTENDERS = [
    ("knobs", "knobs.txt", "the plugin's `Adam` (optim-bench)"),
    ("numpy written", "numpy_written.txt", "the pseudo-code as numpy expressions"),
    ("numpy in place", "numpy_inplace.txt", "numpy, every operation into existing arrays"),
]


def read_runs(path):
    runs = []
    with open(path) as lines:
        for line in lines:
            fields = dict(part.split("=", 1) for part in line.split())
            runs.append({k: float(fields[k]) for k in ("best_ms", "median_ms", "checksum")})
    return runs


def report(results):
    meta = dict(line.rstrip("\n").split("=", 1) for line in open(os.path.join(results, "meta.txt")))
    figures = {}
    for name, file, _ in CONTENDERS:
        runs = read_runs(os.path.join(results, file))
        figures[name] = {
            "best": min(r["best_ms"] for r in runs),
            "median": statistics.median(r["median_ms"] for r in runs),
            "checksum": runs[0]["checksum"],
        }
    knobs, written = figures["knobs"]["checksum"], figures["numpy written"]["checksum"]
    if abs(knobs - written) > 1e-9 * max(abs(knobs), abs(written), 1):
        sys.exit(f"report.py: the checksums differ: knobs {knobs!r}, numpy {written!r}")
    size = int(meta["size"])
    out = [
        f"One Adam step (lr 1e-3, betas (0.9, 0.999), eps 1e-8) over {size:,} parameters "
        f"in one tensor; time of one step in milliseconds, best and median "
        f"({meta['rounds']} processes each, {meta['repeat']} timings of {meta['steps']} steps per process).",
        "",
        "| contender | best ms | median ms | knobs is faster by (median) |",
        "|---|---:|---:|---:|",
    ]
    for name, _, what in CONTENDERS:
        f = figures[name]
        ratio = "—" if name == "knobs" else f"{f['median'] / figures['knobs']['median']:.1f}×"
        out.append(f"| {name}: {what} | {f['best']:.2f} | {f['median']:.2f} | {ratio} |")
    out += [
        "",
        f"Command: `{meta['command']}` at {meta['commit']}, {meta['date']}; "
        f"{meta['cpu']}, {meta['cores']} cores; load average before {meta['load_before']}, "
        f"after {meta['load_after']}; {meta['python']}, numpy {meta['numpy']}. "
        f"The knobs and numpy-written checksums agree ({knobs!r}).",
    ]
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("results")
    parser.add_argument("--into")
    options = parser.parse_args()
    text = report(options.results)
    if not options.into:
        sys.stdout.write(text)
        return
    begin, end = "<!-- optim-figures:begin -->", "<!-- optim-figures:end -->"
    old = open(options.into).read() if os.path.exists(options.into) else ""
    if begin in old and end in old:
        new = re.sub(re.escape(begin) + ".*?" + re.escape(end), lambda _: f"{begin}\n{text}{end}", old, flags=re.S)
    else:
        new = text
    with open(options.into, "w") as out:
        out.write(new)


if __name__ == "__main__":
    main()
