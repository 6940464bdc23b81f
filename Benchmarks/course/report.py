"""Turns the results of Benchmarks/course/run.sh into the Markdown that docs/PERFORMANCE.md holds.

    python report.py RESULTS_DIR [--into FILE]

With --into, the Markdown also goes into FILE: between the lines
<!-- course-figures:begin --> and <!-- course-figures:end --> when FILE has
them (so `bash Benchmarks/course/run.sh docs/PERFORMANCE.md` refreshes the
figures and keeps the prose), otherwise as the whole file.

RESULTS_DIR holds meta.txt (KEY=VALUE lines, `lessons` naming the lessons
timed, in order) and course.json, hyperfine's export: one command per
lesson, named by the lesson, and "python3 -c pass".
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import figures  # noqa: E402  (Benchmarks/figures.py)
from figures import ms, read_meta  # noqa: E402

PEER = "python3 -c pass"
TARGET_MS = 300


def report(directory):
    meta = read_meta(directory)
    with open(os.path.join(directory, "course.json"), encoding="utf-8") as f:
        results = {r["command"]: r for r in json.load(f)["results"]}
    lessons = meta["lessons"].split()
    peer = results[PEER]
    lines = [
        f"Measured {meta['date']} with `{meta['command']}` at knobs commit `{meta['commit']}`"
        + ("." if meta.get("built_from", meta["commit"]) == meta["commit"]
           else f"; the knobs binary was built from commit `{meta['built_from']}`."),
        "",
        f"- Machine: {meta['cpu']}, {meta['cores']} cores; load average {meta['load_before']} before the run, "
        f"{meta['load_after']} after (`uptime`).",
        f"- knobs: `{meta['knobs']}`, run from a copy, a fresh `KNOBS_HOME`; "
        "each lesson as `knobs run --solutions lessons/NAME.md`.",
        f"- Peer: {meta['python']}, `python3 -c pass` from the virtual environment "
        "`Benchmarks/.build/course-venv`, timed in the same run.",
        f"- Whole process: {meta['hyperfine']}, `-N --warmup {meta['warmup']} --runs {meta['runs']}`; times in ms "
        "(wall time; CPU is the mean of user + system time, which a loaded machine disturbs less); "
        "the ratio is of medians.",
        "",
        f"| lesson | median | mean ± σ | min | CPU (user + system) | / `python3 -c pass` | under {TARGET_MS} ms |",
        "|---|---:|---:|---:|---:|---:|:---:|",
    ]
    for name in lessons:
        r = results[name]
        under = "yes" if r["median"] * 1000 < TARGET_MS else "**no**"
        lines.append(f"| {name} | {ms(r['median'])} | {ms(r['mean'])} ± {ms(r['stddev'])} | {ms(r['min'])} "
                     f"| {ms(r['user'] + r['system'])} | {r['median'] / peer['median']:.1f} | {under} |")
    lines.append(f"| `python3 -c pass` | {ms(peer['median'])} | {ms(peer['mean'])} ± {ms(peer['stddev'])} "
                 f"| {ms(peer['min'])} | {ms(peer['user'] + peer['system'])} | 1 | |")
    slowest = max(lessons, key=lambda name: results[name]["median"])
    met = sum(results[name]["median"] * 1000 < TARGET_MS for name in lessons)
    lines += [
        "",
        f"{met} of {len(lessons)} lessons under {TARGET_MS} ms; the slowest, {slowest}, "
        f"{ms(results[slowest]['median'])} ms.",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    figures.run(sys.argv, "course", report)
