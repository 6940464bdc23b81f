#!/usr/bin/env bash
# Times knobs's tensors, autograd and networks (issue 3, "Speed") against
# micrograd, NumPy and jax, side by side in one run, and prints the figures
# as Markdown.
#
#   bash Benchmarks/ml/run.sh [OUT.md]
#
# With OUT.md, the figures also go into that file: between the lines
# <!-- ml-figures:begin --> and <!-- ml-figures:end --> if it has them, else
# as the whole file.
#
# Benchmarks (each a knobs program beside its peers in Benchmarks/ml/):
#   micrograd_demo   micrograd's demo.ipynb: moons, MLP 2-16-16-1, hinge + L2,
#                    100 SGD steps; knobs as a hand-written loop
#                    (micrograd_demo.knobs) and with train()
#                    (micrograd_demo_train.knobs); peers micrograd, NumPy, jax
#   xor              2-4-1 tanh network until 100% accuracy; peer NumPy
#   bigger           784-256-10 training step on 1,024 samples (bigger.knobs
#                    with mlp(), bigger_matmul.knobs with `@`); peer NumPy
#   matmul           1024x784 @ 784x256; peer NumPy's matrix product for the
#                    step's five shapes, all threads and one thread
#
# Builds nothing of knobs: it runs the binary at KNOBS (default
# .build/release/knobs of the main package; build it with
# `swift build -c release --static-swift-stdlib` as Benchmarks/run.sh does).
# A knobs program that does not run yet (the engine not there, a builtin
# missing) is reported as "not yet runnable" and the rest goes on.
#
# Two times for every program:
# - Whole process, with hyperfine -N: what a learner feels, start-up,
#   imports and (jax) compilation included.
# - The training loop alone. Each Python peer times its own loop with
#   time.perf_counter and prints train_seconds (best of ML_BENCH_REPEAT
#   loops in one process; micrograd: one loop). A knobs program cannot read
#   the clock, so its loop time is the time of the program less the time of
#   a copy of it with `steps = 0` as its first line (the same set-up, no
#   training): in process with knobs-bench (best of ML_BENCH_KNOBS_RUNS
#   each) when there is one, else whole process (fastest hyperfine runs,
#   which leaves start-up noise in: good for loops well above 10 ms only).
#   Build knobs-bench with `swift build -c release --package-path Benchmarks`.
# Both binaries are copied into the results folder first and run from there,
# so a build running beside the script cannot swap them mid-run.
#
# The Python peers run with the real python binary of a virtual environment
# in Benchmarks/.build/ml-venv (made on the first run with numpy, micrograd
# and, if it installs, jax[cpu]; jax is skipped when it does not install),
# never a pyenv shim. Raw results stay in Benchmarks/.build/ml-results/
# (remade on every run). Progress goes to stderr, the Markdown to stdout.
#
# Environment:
#   KNOBS                   the knobs binary (default ROOT/.build/release/knobs)
#   KNOBS_BENCH             knobs-bench for in-process knobs times (default
#                           Benchmarks/.build/release/knobs-bench when it is
#                           there and runs the programs; "none": whole process)
#   PYTHON                  the python3 to make the environment from (python3)
#   ML_BENCH_REINSTALL=1    remake the virtual environment
#   ML_BENCH_RUNS           hyperfine runs (default 10), ML_BENCH_WARMUP (2)
#   ML_BENCH_REPEAT         training loops per Python peer process (10)
#   ML_BENCH_KNOBS_RUNS     knobs-bench runs per program (10)
#   ML_BENCH_MICROGRAD=0    skip micrograd (about 30 s or more)
#   ML_BENCH_MICROGRAD_AUTO_GC=1  also micrograd with Python's automatic
#                           collector and no gc.collect() (several minutes)
#   ML_BENCH_JAX=0          skip jax
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bench_root=$(cd "$here/.." && pwd)
root=$(cd "$bench_root/.." && pwd)
bench_name=ml/run.sh
# shellcheck source=Benchmarks/common.sh
source "$bench_root/common.sh"
print_help_if_asked "$@"
set_output_file "$@"
runs=${ML_BENCH_RUNS:-10}
warmup=${ML_BENCH_WARMUP:-2}
repeat=${ML_BENCH_REPEAT:-10}
knobs_runs=${ML_BENCH_KNOBS_RUNS:-10}
knobs=${KNOBS:-$root/.build/release/knobs}
# Each knobs program, with the Python peer it is set against in the report.
knobs_programs=(micrograd_demo micrograd_demo_train xor bigger bigger_matmul matmul)


require_hyperfine_and_python

load_before=$(uptime | sed 's/.*load average: //')

# --- the Python environment -------------------------------------------------
# Made once and kept (installing jax takes a while); ML_BENCH_REINSTALL=1
# remakes it. The peers run through the environment's bin/python3, a link to
# the real interpreter even when python3 is a pyenv shim.
venv="$bench_root/.build/ml-venv"
stamp="$venv/.knobs-ml-ready"
if [[ ${ML_BENCH_REINSTALL:-0} == 1 || ! -f $stamp ]]; then
    say "making the virtual environment $venv"
    rm -rf "$venv"
    mkdir -p "$bench_root/.build"
    "$base_python" -m venv "$venv" >&2 ||
        die "'$base_python -m venv' failed: is this CPython 3 with the venv and ensurepip modules?"
    "$venv/bin/python3" -m pip install --quiet numpy micrograd >&2 ||
        die "could not install numpy and micrograd into $venv"
    if "$venv/bin/python3" -m pip install --quiet 'jax[cpu]' >&2; then
        say "jax installed"
    else
        say "jax[cpu] did not install; the jax peer is skipped"
    fi
    date -u '+%Y-%m-%d %H:%M UTC' >"$stamp"
fi
python="$venv/bin/python3"
real_python=$(readlink -f "$python")
[[ -x $real_python ]] || die "the virtual environment has no python3 (ML_BENCH_REINSTALL=1 remakes it)"
require_native_binary "$real_python"
python_version=$("$python" --version 2>&1)
"$python" -c 'import platform, sys; sys.exit(platform.python_implementation() != "CPython")' ||
    die "$real_python is not CPython"
"$python" -c 'import numpy, micrograd' 2>/dev/null ||
    die "numpy or micrograd missing from $venv (ML_BENCH_REINSTALL=1 remakes it)"
have_jax=0
if [[ ${ML_BENCH_JAX:-1} != 0 ]] && "$python" -c 'import jax' 2>/dev/null; then
    have_jax=1
fi
package_version() {
    "$python" -c "import importlib.metadata as m; print(m.version('$1'))" 2>/dev/null || echo "not installed"
}
say "CPython: $real_python ($python_version), run as $python"

results="$bench_root/.build/ml-results"
rm -rf "$results"
mkdir -p "$results/peers" "$results/knobs" "$results/whole"
cd "$here"

# hyperfine -N splits commands like a shell; paths are quoted. A third and
# fourth argument set other numbers of runs and warm-up runs.
whole() {
    local name=$1 command=$2
    say "whole process: $name"
    hyperfine -N --warmup "${4:-$warmup}" --runs "${3:-$runs}" \
        --export-json "$results/whole/$name.json" -n "$name" "$command" >&2
}

# --- the Python peers ---------------------------------------------------------
# In process: one process per peer, which prints its own loop time.
peer() {
    local name=$1
    shift
    say "in process: $name"
    "$python" "$@" >"$results/peers/$name.out" || die "the peer $name failed: $python $*"
    sed 's/^/    /' "$results/peers/$name.out" | grep -E 'loss=|accuracy=|steps=|train_seconds=|gflops' >&2 || true
}

if [[ ${ML_BENCH_MICROGRAD:-1} != 0 ]]; then
    # One run of about half a minute or more: its whole-process time and its
    # own loop time come from the same run.
    say "micrograd (one run, gc.collect() after each step)"
    hyperfine -N --runs 1 --output "$results/peers/demo_micrograd.out" \
        --export-json "$results/whole/demo_micrograd.json" -n demo_micrograd \
        "'$python' micrograd_demo_micrograd.py --gc collect" >&2
    if [[ ${ML_BENCH_MICROGRAD_AUTO_GC:-0} == 1 ]]; then
        say "micrograd (one run, Python's automatic collector)"
        hyperfine -N --runs 1 --output "$results/peers/demo_micrograd_auto_gc.out" \
            --export-json "$results/whole/demo_micrograd_auto_gc.json" -n demo_micrograd_auto_gc \
            "'$python' micrograd_demo_micrograd.py --gc auto" >&2
    fi
fi
peer demo_numpy micrograd_demo_numpy.py --repeat "$repeat"
whole demo_numpy "'$python' micrograd_demo_numpy.py"
if [[ $have_jax == 1 ]]; then
    peer demo_jax micrograd_demo_jax.py --repeat "$repeat"
    # About a second a run (import and compilation): fewer runs.
    whole demo_jax "'$python' micrograd_demo_jax.py" $(((runs + 1) / 2)) 1
else
    say "jax is not installed or ML_BENCH_JAX=0: no jax peer"
fi
peer xor_numpy xor_numpy.py --repeat "$repeat"
whole xor_numpy "'$python' xor_numpy.py"
peer bigger_numpy bigger_numpy.py --repeat "$repeat"
OPENBLAS_NUM_THREADS=1 peer bigger_numpy_1thread bigger_numpy.py --repeat "$repeat"
whole bigger_numpy "'$python' bigger_numpy.py"
peer matmul_numpy matmul_numpy.py
OPENBLAS_NUM_THREADS=1 peer matmul_numpy_1thread matmul_numpy.py

# --- knobs --------------------------------------------------------------------
# A copy of a program with `steps = 0` as its first line: the same set-up,
# no training.
make_setup_copy() {
    local name=$1 copy=$2
    grep -Eq '^steps = [0-9]+' "$name.knobs" || die "$name.knobs has no line 'steps = N'"
    sed -E '0,/^steps = [0-9]+/s//steps = 0/' "$name.knobs" >"$copy"
}

# The binaries are copied first, so that a build running beside this script
# (another engineer at work) cannot swap them, or make them busy, mid-run.
knobs_given=$knobs
runnable=()
knobs_version="not found"
if [[ -x $knobs ]]; then
    cp "$knobs" "$results/knobs-binary"
    knobs="$results/knobs-binary"
    knobs_version=$("$knobs" --version 2>&1 | head -n 1 || true)
    say "knobs: $knobs_given ($knobs_version), run from a copy"
else
    say "no knobs binary at $knobs (set KNOBS=…): every knobs row is not yet runnable"
fi
for name in "${knobs_programs[@]}"; do
    [[ -f $name.knobs ]] || die "missing Benchmarks/ml/$name.knobs"
    make_setup_copy "$name" "$results/knobs/${name}_setup.knobs"
    if [[ ! -x $knobs ]]; then
        echo "no knobs binary at $knobs" >"$results/knobs/$name.error"
        continue
    fi
    status=0
    "$knobs" eval -f "$name.knobs" >"$results/knobs/$name.out" 2>"$results/knobs/$name.error" || status=$?
    if [[ $status == 0 ]]; then
        "$knobs" eval -f "$results/knobs/${name}_setup.knobs" >/dev/null 2>>"$results/knobs/$name.error" ||
            status=$?
    fi
    if [[ $status == 0 ]]; then
        rm -f "$results/knobs/$name.error"
        runnable+=("$name")
        say "knobs $name: $(tr '\n' ' ' <"$results/knobs/$name.out")"
    else
        rm -f "$results/knobs/$name.out"
        say "knobs $name: not yet runnable (exit $status): $(grep -m 1 . "$results/knobs/$name.error" || true)"
    fi
done

# knobs-bench: the one given, or the bench package's build when it is there
# and runs the programs (a build older than the engine cannot).
bench=""
bench_given=none
knobs_bench_setting=${KNOBS_BENCH:-}
if [[ $knobs_bench_setting != none && ${#runnable[@]} -gt 0 ]]; then
    candidate=${knobs_bench_setting:-$bench_root/.build/release/knobs-bench}
    if [[ -x $candidate ]] && cp "$candidate" "$results/knobs-bench-binary" &&
        "$results/knobs-bench-binary" --runs 1 --warmup 0 "${runnable[0]}.knobs" >/dev/null 2>&1; then
        bench="$results/knobs-bench-binary"
        bench_given=$candidate
        say "in-process knobs times with $candidate, run from a copy"
    elif [[ -n $knobs_bench_setting ]]; then
        die "KNOBS_BENCH=$knobs_bench_setting does not run ${runnable[0]}.knobs (an older build?)"
    else
        say "no knobs-bench that runs the programs (build it with" \
            "'swift build -c release --package-path Benchmarks'); knobs loop times from whole processes"
    fi
fi

: >"$results/knobs-inprocess.tsv"
for name in "${runnable[@]}"; do
    timed=1
    whole "knobs_$name" "'$knobs' eval -f $name.knobs" || timed=0
    if [[ $timed == 1 && -n $bench ]]; then
        say "in process: knobs $name and its set-up"
        "$bench" --runs "$knobs_runs" --warmup 1 "$name.knobs" "$results/knobs/${name}_setup.knobs" \
            >>"$results/knobs-inprocess.tsv" || timed=0
    elif [[ $timed == 1 ]]; then
        whole "knobs_${name}_setup" "'$knobs' eval -f '$results/knobs/${name}_setup.knobs'" || timed=0
    fi
    if [[ $timed == 0 ]]; then
        say "knobs $name failed while it was timed: reported as not yet runnable"
        echo "failed while it was timed (see the run's progress output)" >"$results/knobs/$name.error"
        rm -f "$results/knobs/$name.out"
    fi
done

# --- what was measured, with what ----------------------------------------------
settings=$(settings_of KNOBS KNOBS_BENCH PYTHON ML_BENCH_RUNS ML_BENCH_WARMUP ML_BENCH_REPEAT \
    ML_BENCH_KNOBS_RUNS ML_BENCH_MICROGRAD ML_BENCH_MICROGRAD_AUTO_GC ML_BENCH_JAX)
load_after=$(uptime | sed 's/.*load average: //')
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ -n $(git -C "$root" status --porcelain -- Sources Package.swift 2>/dev/null) ]]; then
    commit="$commit + uncommitted changes"
fi
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
{
    echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "command=$settings$command"
    echo "commit=$commit"
    echo "cpu=${cpu:-$(uname -m)}"
    echo "cores=$(nproc)"
    echo "load_before=$load_before"
    echo "load_after=$load_after"
    echo "knobs=$knobs_given"
    echo "knobs_version=$knobs_version"
    echo "knobs_bench=$bench_given"
    echo "knobs_runs=$knobs_runs"
    echo "python=$real_python"
    echo "python_version=$python_version"
    echo "numpy=$(package_version numpy)"
    echo "micrograd=$(package_version micrograd)"
    echo "jax=$([[ $have_jax == 1 ]] && package_version jax || echo "not run")"
    echo "hyperfine=$(hyperfine --version)"
    echo "runs=$runs"
    echo "warmup=$warmup"
    echo "repeat=$repeat"
} >"$results/meta.txt"

write_report
