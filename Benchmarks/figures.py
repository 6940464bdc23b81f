"""Where a benchmark's report goes: standard output, and with --into FILE also FILE.

In FILE the Markdown replaces what stands between the lines
<!-- NAME-figures:begin --> and <!-- NAME-figures:end --> when FILE has them
(so a doc's prose stays as it is), otherwise it becomes the whole file.
Shared by the report.py of Benchmarks/course, grade and repl, with the
reading of a run's meta.txt and the way a time is written.
"""

import os
import sys


def run(argv, name, report):
    """Reads argv as `report.py RESULTS_DIR [--into FILE]` and writes report(RESULTS_DIR)."""
    if len(argv) not in (2, 4) or (len(argv) == 4 and argv[2] != "--into"):
        sys.exit("usage: report.py RESULTS_DIR [--into FILE]")
    text = report(argv[1])
    sys.stdout.write(text)
    if len(argv) == 4:
        write_between_markers(argv[3], name, text)


def write_between_markers(path, name, text):
    begin, end = f"<!-- {name}-figures:begin -->", f"<!-- {name}-figures:end -->"
    old = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
    if begin in old and end in old:
        head, _, rest = old.partition(begin)
        _, _, tail = rest.partition(end)
        new = head + begin + "\n" + text + end + tail
    else:
        new = text
    with open(path, "w", encoding="utf-8") as f:
        f.write(new)


def read_meta(directory, name="meta.txt"):
    """The KEY=VALUE lines of a run's meta file, as a dictionary."""
    meta = {}
    with open(os.path.join(directory, name), encoding="utf-8") as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition("=")
            meta[key] = value
    return meta


def ms(seconds):
    """Seconds as milliseconds: one decimal below 100 ms, none above."""
    value = seconds * 1000
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"
