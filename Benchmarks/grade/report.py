"""Turns the results of Benchmarks/grade/run.sh into the Markdown that docs/PERFORMANCE.md holds.

    python report.py RESULTS_DIR [--into FILE]

With --into, the Markdown also goes into FILE: between the lines
<!-- grade-figures:begin --> and <!-- grade-figures:end --> when FILE has them
(so `bash Benchmarks/grade/run.sh docs/PERFORMANCE.md` refreshes the figures
and keeps the prose), otherwise as the whole file.

RESULTS_DIR holds meta.txt (KEY=VALUE lines), knobs-grade.tsv (jobs, count,
seconds of each batch), notebooks.tsv (tool, count, seconds), knobs-j2.json
(the last JSON report of the batch), otter/*/results.json when otter ran, and
hyperfine's exports knobs-run.json and jupyter-run.json.
"""

import glob
import json
import os
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import figures  # noqa: E402  (Benchmarks/figures.py)
from figures import read_meta  # noqa: E402

TARGET_RATE = 100
TARGET_RATIO = 100


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]


def hyperfine(path):
    with open(path, encoding="utf-8") as f:
        return {r["command"]: r for r in json.load(f)["results"]}


def duration(seconds):
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def report(directory):
    meta = read_meta(directory)
    batches = {}
    for jobs, count, seconds in read_tsv(os.path.join(directory, "knobs-grade.tsv")):
        batches.setdefault(int(jobs), []).append((int(count), float(seconds)))
    knobs_rate = {jobs: max(c / s for c, s in runs) for jobs, runs in batches.items()}
    peers = {tool: (int(count), float(seconds)) for tool, count, seconds in read_tsv(os.path.join(directory, "notebooks.tsv"))}
    with open(os.path.join(directory, "knobs-j2.json"), encoding="utf-8") as f:
        graded = json.load(f)
    statuses = ", ".join(f"{n} {s}" for s, n in sorted(graded["summary"]["statuses"].items()))
    scores = [s["score"] for s in graded["submissions"]]
    knobs_run = hyperfine(os.path.join(directory, "knobs-run.json"))
    jupyter_run = hyperfine(os.path.join(directory, "jupyter-run.json"))

    count = int(meta["submissions"])
    lines = [
        f"Measured {meta['date']} with `{meta['command']}` at knobs commit `{meta['commit']}`"
        + ("." if meta.get("built_from", meta["commit"]) == meta["commit"]
           else f"; the knobs binary was built from commit `{meta['built_from']}`."),
        "",
        f"- Machine: {meta['cpu']}, {meta['cores']} cores; load average {meta['load_before']} before the run, "
        f"{meta['load_after']} after (`uptime`).",
        f"- knobs: `{meta['knobs']}`, run from a copy. Peers: {meta['python']}, otter-grader {meta['otter']}, "
        f"nbconvert {meta['nbconvert']}, ipykernel {meta['ipykernel']}, NumPy {meta['numpy']}, in "
        "`Benchmarks/.build/grade-venv`.",
        f"- knobs graded {count} submissions in one `knobs grade` (the fastest of {meta['repeat']} batches each): "
        f"{statuses}; mean score {statistics.mean(scores):.2f} of {graded['submissions'][0]['maxScore']:g}.",
        f"- The Jupyter peers ran {meta['notebooks']} notebooks, two at a time (`xargs -P 2`), one process each "
        "(`otter run`, or `jupyter nbconvert --execute --allow-errors`).",
        "",
        "| grading throughput | submissions | seconds | submissions/s | knobs `--jobs 2` is × faster |",
        "|---|---:|---:|---:|---:|",
    ]
    for jobs in sorted(knobs_rate, reverse=True):
        best = min(batches[jobs], key=lambda r: r[1])
        lines.append(f"| `knobs grade --jobs {jobs}` | {best[0]} | {best[1]:.2f} | {knobs_rate[jobs]:.0f} | |")
    labels = {"otter": "`otter run`, 2 at a time", "nbconvert": "`jupyter nbconvert --execute`, 2 at a time (lower bound)"}
    ratios = {}
    for tool in ("otter", "nbconvert"):
        if tool in peers:
            n, seconds = peers[tool]
            rate = n / seconds
            ratios[tool] = knobs_rate[2] / rate
            lines.append(f"| {labels[tool]} | {n} | {seconds:.1f} | {rate:.2f} | {ratios[tool]:.0f} |")
    otter_results = sorted(glob.glob(os.path.join(directory, "otter", "*", "results.json")))
    if otter_results:
        totals = []
        for path in otter_results:
            with open(path, encoding="utf-8") as f:
                tests = json.load(f)["tests"]
            totals.append(sum(t.get("score") or 0 for t in tests if "max_score" in t))
        lines += ["", f"otter-grader's mean score over its notebooks: {statistics.mean(totals):.2f} of 3 "
                  "(it gives each passed test case its share, where knobs's exercises are all or nothing)."]
    lines += [
        "",
        "| one whole process | median | mean ± σ | runs |",
        "|---|---:|---:|---:|",
    ]
    for results in (knobs_run, jupyter_run):
        for name, r in results.items():
            lines.append(f"| `{name}` | {duration(r['median'])} | {duration(r['mean'])} ± {duration(r['stddev'])} | {len(r['times'])} |")
    knobs_median = next(iter(knobs_run.values()))["median"]
    lines += ["", "Against the targets (at least 100 submissions/s; at least 100 times the Jupyter-based throughput):", ""]
    lines.append(f"- throughput with `--jobs 2`: {knobs_rate[2]:.0f}/s: {'met' if knobs_rate[2] >= TARGET_RATE else '**not met**'}")
    for tool, ratio in ratios.items():
        lines.append(f"- against {labels[tool].split(',')[0]}: {ratio:.0f}×: {'met' if ratio >= TARGET_RATIO else '**not met**'}")
    for name, r in jupyter_run.items():
        lines.append(f"- one whole process, `{name}` / `knobs run`: {r['median'] / knobs_median:.0f}×")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    figures.run(sys.argv, "grade", report)
