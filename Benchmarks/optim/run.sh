#!/usr/bin/env bash
# Times one Adam step over 10^6 parameters: the optimizers plugin (issue 6)
# against the same update in numpy, side by side in one run, and prints the
# figures as Markdown.
#
#   bash Benchmarks/optim/run.sh [OUT.md]
#
# With OUT.md, the figures also go into that file: between the lines
# <!-- optim-figures:begin --> and <!-- optim-figures:end --> if it has them,
# else as the whole file.
#
# Contenders, each timing its own steps in process (best and median of
# OPTIM_BENCH_REPEAT timings of OPTIM_BENCH_STEPS steps, after one untimed
# step that makes the optimizer's state):
#   knobs           optim-bench: the plugin's Adam on one parameter tensor
#                   (Benchmarks/Sources/optim-bench)
#   numpy written   the pseudo-code as numpy expressions (adam_numpy.py)
#   numpy in place  every operation into existing arrays, one temporary
# The three run in turn, OPTIM_BENCH_ROUNDS times, so load hits them alike;
# the report keeps the best of the bests and the median of the medians.
# Every contender starts from the same values and gradient; the knobs and
# numpy-written checksums must agree (the same arithmetic).
#
# Builds optim-bench with `swift build -c release --package-path Benchmarks`
# unless OPTIM_BENCH names one already built. numpy comes from a virtual
# environment in Benchmarks/.build/optim-venv (made on the first run),
# run with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset. Raw results stay
# in Benchmarks/.build/optim-results/. Progress goes to stderr, the Markdown
# to stdout.
#
# Environment:
#   OPTIM_BENCH              a built optim-bench (default: build it)
#   PYTHON                   the python3 to make the environment from (python3)
#   OPTIM_BENCH_REINSTALL=1  remake the virtual environment
#   OPTIM_BENCH_SIZE         parameters (default 1000000)
#   OPTIM_BENCH_STEPS        steps per timing (default 20)
#   OPTIM_BENCH_REPEAT       timings per process (default 10)
#   OPTIM_BENCH_ROUNDS       processes per contender (default 3)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bench_root=$(cd "$here/.." && pwd)
root=$(cd "$bench_root/.." && pwd)
bench_name=optim/run.sh
# shellcheck source=Benchmarks/common.sh
source "$bench_root/common.sh"
print_help_if_asked "$@"
set_output_file "$@"
size=${OPTIM_BENCH_SIZE:-1000000}
steps=${OPTIM_BENCH_STEPS:-20}
repeat=${OPTIM_BENCH_REPEAT:-10}
rounds=${OPTIM_BENCH_ROUNDS:-3}

base_python=${PYTHON:-python3}
command -v "$base_python" >/dev/null 2>&1 ||
    die "'$base_python' not found: install CPython 3 or set PYTHON=/path/to/python3"
load_before=$(uptime | sed 's/.*load average: //')

# --- optim-bench ----------------------------------------------------------------
if [[ -n ${OPTIM_BENCH:-} ]]; then
    bench_given=$OPTIM_BENCH
else
    command -v swift >/dev/null 2>&1 || die "swift is not on PATH (or set OPTIM_BENCH)"
    say "building optim-bench (release)"
    swift build -c release --package-path "$bench_root" --product optim-bench >&2
    bench_given="$(swift build -c release --package-path "$bench_root" --show-bin-path)/optim-bench"
fi
[[ -x $bench_given ]] || die "no optim-bench at $bench_given"

# --- numpy ------------------------------------------------------------------------
venv="$bench_root/.build/optim-venv"
if [[ ${OPTIM_BENCH_REINSTALL:-0} == 1 || ! -x $venv/bin/python3 ]] || ! "$venv/bin/python3" -c 'import numpy' 2>/dev/null; then
    say "making the virtual environment $venv"
    rm -rf "$venv"
    mkdir -p "$bench_root/.build"
    "$base_python" -m venv "$venv" >&2 || die "'$base_python -m venv' failed"
    "$venv/bin/python3" -m pip install --quiet numpy >&2 || die "could not install numpy into $venv"
fi
python="$venv/bin/python3"
require_native_binary "$(readlink -f "$python")"

results="$bench_root/.build/optim-results"
rm -rf "$results"
mkdir -p "$results"
# Copied first, so a build running beside this script cannot swap it mid-run.
cp "$bench_given" "$results/optim-bench"
bench="$results/optim-bench"

sizes=(--size "$size" --steps "$steps" --repeat "$repeat")
for round in $(seq 1 "$rounds"); do
    say "round $round of $rounds"
    "$bench" "${sizes[@]}" | tee -a "$results/knobs.txt" >&2
    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$python" "$here/adam_numpy.py" "${sizes[@]}" --style written |
        tee -a "$results/numpy_written.txt" >&2
    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$python" "$here/adam_numpy.py" "${sizes[@]}" --style inplace |
        tee -a "$results/numpy_inplace.txt" >&2
done

load_after=$(uptime | sed 's/.*load average: //')
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ -n $(git -C "$root" status --porcelain -- Sources Plugins Package.swift 2>/dev/null) ]]; then
    commit="$commit + uncommitted changes"
fi
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
{
    echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
    settings=""
    for variable in OPTIM_BENCH PYTHON OPTIM_BENCH_SIZE OPTIM_BENCH_STEPS OPTIM_BENCH_REPEAT OPTIM_BENCH_ROUNDS; do
        if [[ -n ${!variable:-} ]]; then
            settings+="$variable=${!variable} "
        fi
    done
    echo "command=$settings$command"
    echo "commit=$commit"
    echo "cpu=${cpu:-$(uname -m)}"
    echo "cores=$(nproc)"
    echo "load_before=$load_before"
    echo "load_after=$load_after"
    echo "python=$("$python" --version 2>&1)"
    echo "numpy=$("$python" -c 'import numpy; print(numpy.__version__)')"
    echo "size=$size"
    echo "steps=$steps"
    echo "repeat=$repeat"
    echo "rounds=$rounds"
} >"$results/meta.txt"

write_report
