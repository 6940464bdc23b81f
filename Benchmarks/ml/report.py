"""Turns the results of Benchmarks/ml/run.sh into Markdown.

    python report.py RESULTS_DIR [--into FILE]

With --into, the Markdown also goes into FILE: between the lines
<!-- ml-figures:begin --> and <!-- ml-figures:end --> when FILE has them,
otherwise as the whole file.

RESULTS_DIR (Benchmarks/.build/ml-results) holds meta.txt (KEY=VALUE lines);
peers/NAME.out, the key=value lines a Python peer printed (train_seconds is
its training loop, best of its repeats); knobs/NAME.out, what a knobs program
printed, or knobs/NAME.error when it did not run; whole/NAME.json, hyperfine
exports of whole processes (knobs_NAME for knobs programs,
knobs_NAME_setup for their `steps = 0` copies when no knobs-bench was used);
and knobs-inprocess.tsv, knobs-bench lines (name, best_ms, median_ms, runs)
for each program and its `steps = 0` copy, NAME_setup.

Ratios are knobs/peer: below 1, knobs is faster (for GFLOP/s, knobs/peer
above 1 is faster). The targets are issue 3's.
"""

import json
import os
import sys

BEGIN = "<!-- ml-figures:begin -->"
END = "<!-- ml-figures:end -->"
NOT_YET = "not yet runnable"
NOISE = -1.0  # a knobs loop time lost in the noise of the subtraction

# Issue 3's targets.
LOOP_VS_NUMPY = 1.0  # the knobs training loop faster than NumPy's
LOOP_VS_JAX = 1.5  # within 1.5x of jax's compiled loop
WHOLE_VS_NUMPY = 0.2  # the whole process at least 5x faster than the NumPy script
RATE_VS_NUMPY = 0.5  # at least half of NumPy's GFLOP/s

MATMUL_SHAPES = [(1024, 784, 256), (1024, 256, 10), (256, 1024, 10), (1024, 10, 256), (784, 1024, 256)]
MATMUL_WHAT = {
    (1024, 784, 256): "forward `x @ w1`",
    (1024, 256, 10): "forward `h @ w2`",
    (256, 1024, 10): "backward `h.T @ g`",
    (1024, 10, 256): "backward `g @ w2.T`",
    (784, 1024, 256): "backward `x.T @ gh`",
}
BIGGER_STEP_FLOPS = 2 * sum(m * k * n for m, k, n in MATMUL_SHAPES)


def read_keys(path):
    values = {}
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                key, sep, value = line.rstrip("\n").partition("=")
                if sep:
                    values[key.strip()] = value.strip()
    except FileNotFoundError:
        return None
    return values


class Results:
    def __init__(self, directory):
        self.directory = directory
        self.meta = read_keys(os.path.join(directory, "meta.txt")) or {}
        self.bench = {}
        path = os.path.join(directory, "knobs-inprocess.tsv")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        name, best, median, runs = line.rstrip("\n").split("\t")
                        self.bench[name] = (float(best) / 1e3, float(median) / 1e3, int(runs))

    def peer(self, name):
        return read_keys(os.path.join(self.directory, "peers", name + ".out"))

    def knobs(self, name):
        """What the knobs program printed, or None when it did not run."""
        return read_keys(os.path.join(self.directory, "knobs", name + ".out"))

    def knobs_error(self, name):
        try:
            with open(os.path.join(self.directory, "knobs", name + ".error"), encoding="utf-8") as f:
                return next((line.strip() for line in f if line.strip()), "")
        except FileNotFoundError:
            return ""

    def whole(self, name, statistic="median"):
        """A statistic of the wall times of a hyperfine export, in seconds, or None."""
        try:
            with open(os.path.join(self.directory, "whole", name + ".json"), encoding="utf-8") as f:
                return json.load(f)["results"][0][statistic]
        except FileNotFoundError:
            return None

    def knobs_loop(self, name):
        """Seconds of a knobs program's training loop: the program less its steps = 0 copy.

        In process (knobs-bench), best less best; else whole process, the
        fastest run less the fastest run (the figure least disturbed by other
        work). NOISE when the difference is not above 0."""
        if self.knobs(name) is None:
            return None
        if name in self.bench and name + "_setup" in self.bench:
            difference = self.bench[name][0] - self.bench[name + "_setup"][0]
        else:
            full = self.whole("knobs_" + name, "min")
            setup = self.whole("knobs_" + name + "_setup", "min")
            if full is None or setup is None:
                return None
            difference = full - setup
        return difference if difference > 0 else NOISE


def seconds(values, key="train_seconds"):
    if values is None or key not in values:
        return None
    return float(values[key])


def ms(s):
    if s is None:
        return "–"
    if s == NOISE:
        return "below noise"
    s *= 1e3
    if abs(s) >= 100:
        return f"{s:.0f}"
    if abs(s) >= 10:
        return f"{s:.1f}"
    if abs(s) >= 1:
        return f"{s:.2f}"
    return f"{s:.3f}"


def ratio(a, b):
    if a is None or b is None or b == 0 or a == NOISE or b == NOISE:
        return None
    return a / b


def fmt_ratio(r):
    if r is None:
        return "–"
    if r < 0.1:
        return f"{r:.2g} (1/{1 / r:,.0f})"
    return f"{r:.2f}"


def verdict(ok):
    return "yes" if ok else "**no**"


def number(values, key, digits=4):
    if values is None or key not in values:
        return "–"
    try:
        return f"{float(values[key]):.{digits}g}"
    except ValueError:
        return values[key]


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


def header(r, out):
    m = r.meta
    out(f"Measured {m.get('date', '?')} with `{m.get('command', '?')}` at knobs commit `{m.get('commit', '?')}`.")
    out("")
    out(f"- Machine: {m.get('cpu', '?')}, {m.get('cores', '?')} cores; load average {m.get('load_before', '?')} "
        f"before the run, {m.get('load_after', '?')} after (`uptime`).")
    out(f"- knobs: `{m.get('knobs', '?')}` ({m.get('knobs_version', '?')}); knobs loop times are the program's "
        f"time less that of a copy with `steps = 0`, "
        + (f"in process with knobs-bench (best of {m.get('knobs_runs', '?')} runs each)."
           if m.get("knobs_bench", "none") != "none"
           else "whole process (fastest hyperfine run less fastest run; no knobs-bench, so start-up noise "
                "stays in: trust only loops well above 10 ms)."))
    out(f"- Peers: {m.get('python_version', '?')} (`{m.get('python', '?')}`, from the virtual environment "
        f"Benchmarks/.build/ml-venv), NumPy {m.get('numpy', '?')}, micrograd {m.get('micrograd', '?')}, "
        f"jax {m.get('jax', '?')}; each peer times its own training loop with `time.perf_counter` "
        f"(best of {m.get('repeat', '?')} loops in one process; micrograd: one loop).")
    out(f"- Whole process: {m.get('hyperfine', 'hyperfine')}, `-N --warmup {m.get('warmup', '?')} "
        f"--runs {m.get('runs', '?')}` (jax: half the runs, micrograd: one run), median wall time.")
    out("")


def not_runnable_note(r, names, out):
    missing = [n for n in names if r.knobs(n) is None]
    if missing:
        out("")
        out("Not yet runnable in knobs: " + "; ".join(
            f"`{n}.knobs` ({r.knobs_error(n) or 'no output'})" for n in missing) + ".")


def demo_section(r, out):
    out("### micrograd's demo: moons, MLP 2-16-16-1, hinge + L2, 100 SGD steps")
    out("")
    out("| implementation | training loop ms | whole process ms | last loss | accuracy |")
    out("|---|---:|---:|---:|---:|")
    rows = [
        ("micrograd, automatic collector off, `gc.collect()` after each step", "demo_micrograd", None),
        ("micrograd, Python's automatic collector, no `gc.collect()`", "demo_micrograd_auto_gc", None),
        ("NumPy, hand-written forward and backward", "demo_numpy", None),
        ("jax, `jax.jit` step, compiled", "demo_jax", None),
    ]
    for label, name, _ in rows:
        p = r.peer(name)
        if p is None:
            continue
        extra = ""
        if name == "demo_jax":
            extra = f" (first call, which compiles: {ms(seconds(p, 'first_call_seconds'))} ms; {p.get('dtype', '')})"
        out(f"| {label}{extra} | {ms(seconds(p))} | {ms(r.whole(name))} | {number(p, 'loss')} | "
            f"{number(p, 'accuracy')} |")
    for label, name in (("knobs, hand-written loop (`micrograd_demo.knobs`)", "micrograd_demo"),
                        ("knobs, `train()` (`micrograd_demo_train.knobs`)", "micrograd_demo_train")):
        k = r.knobs(name)
        if k is None:
            out(f"| {label} | {NOT_YET} | {NOT_YET} | – | – |")
        else:
            out(f"| {label} | {ms(r.knobs_loop(name))} | {ms(r.whole('knobs_' + name))} | "
                f"{number(k, 'loss')} | {number(k, 'accuracy')} |")
    out("")
    out("The micrograd, NumPy and jax peers start from the same weights (micrograd's `MLP` after "
        "`random.seed(1337)`) on the same points (the demo's `make_moons`), so their losses agree; "
        "knobs starts from its own seeded weights. `train()` keeps the learning rate at 1.0 (no schedule).")
    out("")
    numpy_loop, numpy_whole = seconds(r.peer("demo_numpy")), r.whole("demo_numpy")
    jax_loop, jax_whole = seconds(r.peer("demo_jax")), r.whole("demo_jax")
    mg_loop, mg_whole = seconds(r.peer("demo_micrograd")), r.whole("demo_micrograd")
    out("| knobs/peer | hand-written loop | `train()` | target |")
    out("|---|---:|---:|---|")
    comparisons = [
        ("training loop / NumPy's loop", numpy_loop, "loop", LOOP_VS_NUMPY, f"< {LOOP_VS_NUMPY:g}"),
        ("training loop / jax's compiled loop", jax_loop, "loop", LOOP_VS_JAX, f"≤ {LOOP_VS_JAX:g}"),
        ("training loop / micrograd's loop", mg_loop, "loop", None, ""),
        ("whole process / NumPy script", numpy_whole, "whole", WHOLE_VS_NUMPY, f"≤ {WHOLE_VS_NUMPY:g} (5× faster)"),
        ("whole process / jax script", jax_whole, "whole", None, ""),
        ("whole process / micrograd script", mg_whole, "whole", None, ""),
    ]
    for label, peer_time, kind, target, target_text in comparisons:
        if peer_time is None:
            continue
        cells = []
        for name in ("micrograd_demo", "micrograd_demo_train"):
            if r.knobs(name) is None:
                cells.append(NOT_YET)
                continue
            mine = r.knobs_loop(name) if kind == "loop" else r.whole("knobs_" + name)
            q = ratio(mine, peer_time)
            cell = fmt_ratio(q)
            if target is not None and q is not None:
                ok = q < target if target == LOOP_VS_NUMPY and kind == "loop" else q <= target
                cell += f" ({verdict(ok)})"
            cells.append(cell)
        out(f"| {label} | {cells[0]} | {cells[1]} | {target_text} |")
    not_runnable_note(r, ["micrograd_demo", "micrograd_demo_train"], out)
    out("")


def xor_section(r, out):
    out("### XOR: 2-4-1 tanh network until 100% accuracy")
    out("")
    out("| implementation | steps | training loop ms | µs per step | whole process ms | last loss | accuracy |")
    out("|---|---:|---:|---:|---:|---:|---:|")
    p = r.peer("xor_numpy")
    per_step_numpy = None
    if p is not None:
        loop = seconds(p)
        steps = int(p.get("steps", "0"))
        per_step_numpy = loop / steps if steps else None
        out(f"| NumPy, hand-written (`xor_numpy.py`) | {steps} | {ms(loop)} | "
            f"{ms(per_step_numpy * 1e3) if per_step_numpy else '–'} | {ms(r.whole('xor_numpy'))} | "
            f"{number(p, 'loss')} | {number(p, 'accuracy')} |")
    k = r.knobs("xor")
    if k is None:
        out(f"| knobs (`xor.knobs`) | {NOT_YET} | {NOT_YET} | – | {NOT_YET} | – | – |")
    else:
        loop = r.knobs_loop("xor")
        steps = int(float(k.get("steps", "0")))
        per_step = loop / steps if steps and loop not in (None, NOISE) else None
        out(f"| knobs (`xor.knobs`) | {steps} | {ms(loop)} | {ms(per_step * 1e3) if per_step else '–'} | "
            f"{ms(r.whole('knobs_xor'))} | {number(k, 'loss')} | {number(k, 'accuracy')} |")
        if p is not None:
            out("")
            out(f"knobs/NumPy: training loop {fmt_ratio(ratio(loop, seconds(p)))}, per step "
                f"{fmt_ratio(ratio(per_step, per_step_numpy))}, whole process "
                f"{fmt_ratio(ratio(r.whole('knobs_xor'), r.whole('xor_numpy')))}. The two start from different "
                "weights, so their step counts differ; the per-step time is the fair comparison.")
    not_runnable_note(r, ["xor"], out)
    out("")


def bigger_section(r, out):
    out("### Bigger layers: a 784-256-10 training step on 1,024 random samples")
    out("")
    out(f"GFLOP/s is the step's five matrix products ({BIGGER_STEP_FLOPS / 1e6:.1f} million flops) over the "
        "time of a whole step (forward, backward, update), averaged over the loop's steps.")
    out("")
    out("| implementation | ms per step | GFLOP/s | whole process ms | last loss |")
    out("|---|---:|---:|---:|---:|")
    numpy_rates = {}
    for name in ("bigger_numpy", "bigger_numpy_1thread"):
        p = r.peer(name)
        if p is None:
            continue
        step = float(p["step_seconds"])
        numpy_rates[name] = BIGGER_STEP_FLOPS / step / 1e9
        threads = p.get("blas_threads", "?")
        label = f"NumPy (`bigger_numpy.py`), {p.get('blas', '?')}, {threads} thread{'' if threads == '1' else 's'}"
        out(f"| {label} | {ms(step)} | {numpy_rates[name]:.1f} | {ms(r.whole(name))} | {number(p, 'loss')} |")
    knobs_rates = {}
    for label, name in (("knobs, `mlp()` (`bigger.knobs`)", "bigger"),
                        ("knobs, parameters and `@` (`bigger_matmul.knobs`)", "bigger_matmul")):
        k = r.knobs(name)
        if k is None:
            out(f"| {label} | {NOT_YET} | – | {NOT_YET} | – |")
            continue
        loop = r.knobs_loop(name)
        steps = int(float(k.get("steps", "0")))
        step = loop / steps if loop not in (None, NOISE) and steps else None
        knobs_rates[name] = BIGGER_STEP_FLOPS / step / 1e9 if step else None
        rate = f"{knobs_rates[name]:.1f}" if knobs_rates[name] else "–"
        out(f"| {label} | {ms(step)} | {rate} | {ms(r.whole('knobs_' + name))} | {number(k, 'loss')} |")
    if knobs_rates and numpy_rates:
        out("")
        out("| knobs GFLOP/s / NumPy's | vs NumPy, all BLAS threads | vs NumPy, one BLAS thread | target |")
        out("|---|---:|---:|---|")
        for name, rate in knobs_rates.items():
            cells = []
            for peer in ("bigger_numpy", "bigger_numpy_1thread"):
                q = ratio(rate, numpy_rates.get(peer))
                cells.append("–" if q is None else f"{fmt_ratio(q)} ({verdict(q >= RATE_VS_NUMPY)})")
            out(f"| `{name}.knobs` | {cells[0]} | {cells[1]} | ≥ {RATE_VS_NUMPY:g} |")
    not_runnable_note(r, ["bigger", "bigger_matmul"], out)
    out("")

    out("Raw matrix products, float64, C-ordered operands: best time of `a @ b` in NumPy "
        "(`matmul_numpy.py`), `a @ b` in knobs (`matmul.knobs`: the loop's average).")
    out("")
    multi, single = r.peer("matmul_numpy"), r.peer("matmul_numpy_1thread")
    k = r.knobs("matmul")
    knobs_rate = None
    if k is not None:
        loop = r.knobs_loop("matmul")
        steps = int(float(k.get("steps", "0")))
        if loop not in (None, NOISE) and steps:
            knobs_rate = 2 * 1024 * 784 * 256 / (loop / steps) / 1e9
    threads = multi.get("blas_threads", "?") if multi else "?"
    out(f"| m×k @ k×n | in the step | NumPy GFLOP/s, {threads} threads | NumPy GFLOP/s, 1 thread | "
        "knobs GFLOP/s | knobs/NumPy (all threads, 1 thread) |")
    out("|---|---|---:|---:|---:|---:|")
    for m, kk, n in MATMUL_SHAPES:
        key = f"gflops_{m}x{kk}x{n}"
        a = float(multi[key]) if multi and key in multi else None
        b = float(single[key]) if single and key in single else None
        if (m, kk, n) == (1024, 784, 256):
            if k is None:
                kc, rc = NOT_YET, "–"
            else:
                kc = f"{knobs_rate:.1f}" if knobs_rate else "–"
                rc = f"{fmt_ratio(ratio(knobs_rate, a))}, {fmt_ratio(ratio(knobs_rate, b))}"
        else:
            kc, rc = "", ""
        out(f"| {m}×{kk} @ {kk}×{n} | {MATMUL_WHAT[(m, kk, n)]} | {a if a is not None else '–'} | "
            f"{b if b is not None else '–'} | {kc} | {rc} |")
    if multi and single:
        out(f"| all five, flops over summed times | | {multi.get('gflops_step', '–')} | "
            f"{single.get('gflops_step', '–')} | | |")
    out("")


def main():
    arguments = sys.argv[1:]
    into = None
    if len(arguments) == 3 and arguments[1] == "--into":
        into = arguments[2]
    elif len(arguments) != 1:
        sys.exit("usage: report.py RESULTS_DIR [--into FILE]")
    r = Results(arguments[0])
    lines = []
    out = lines.append
    header(r, out)
    demo_section(r, out)
    xor_section(r, out)
    bigger_section(r, out)
    report = "\n".join(lines).rstrip("\n")
    if into:
        write_into(into, report)
    print(report)


if __name__ == "__main__":
    main()
