"""Times Python programs in process, the peer of knobs-bench.

    python inprocess.py [--runs N] [--warmup N] [--show-output] FILE.py...

Each run compiles the file's text and execs it in a fresh module namespace
(as `python FILE` does after start-up), with its output captured, timed with
time.perf_counter. Prints one tab-separated line per file on stdout:

    name <TAB> best_ms <TAB> median_ms <TAB> runs
"""

import argparse
import contextlib
import io
import os
import statistics
import sys
import time


def run_once(path, text):
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        start = time.perf_counter()
        code = compile(text, path, "exec")
        exec(code, {"__name__": "__main__", "__file__": path})
        elapsed = time.perf_counter() - start
    return elapsed * 1e3, buffer.getvalue()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--show-output", action="store_true")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    for path in args.files:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        name = os.path.splitext(os.path.basename(path))[0]
        for _ in range(args.warmup):
            run_once(path, text)
        times = []
        output = ""
        for _ in range(max(1, args.runs)):
            elapsed, output = run_once(path, text)
            times.append(elapsed)
        if args.show_output:
            sys.stderr.write(f"{name}: {output}")
        print(f"{name}\t{min(times):.3f}\t{statistics.median(times):.3f}\t{len(times)}")


if __name__ == "__main__":
    main()
