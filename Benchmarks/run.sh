#!/usr/bin/env bash
# Times knobs against CPython 3, side by side in one run, and prints the
# figures as Markdown (the table in docs/PERFORMANCE.md).
#
#   bash Benchmarks/run.sh [OUT.md]
#
# With OUT.md, the figures also go into that file: between the lines
# <!-- figures:begin --> and <!-- figures:end --> if it has them (so
# `bash Benchmarks/run.sh docs/PERFORMANCE.md` refreshes the doc's table),
# else as the whole file.
#
# Steps: release builds of knobs and of the bench package; a virtual
# environment to find the real CPython binary (not a pyenv shim); a check
# that every program prints the same in both languages; whole-process times
# with hyperfine; in-process times with knobs-bench and inprocess.py.
# Progress goes to stderr, the Markdown to stdout.
# Raw results stay in Benchmarks/.build/results/, the virtual environment
# in Benchmarks/.build/venv/ (both remade on every run).
#
# Environment: PYTHON (the python3 to start from, default python3),
# BENCH_RUNS (hyperfine runs, default 20), BENCH_WARMUP (default 3),
# BENCH_INPROCESS_RUNS (in-process runs, default 10).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
bench_name=run.sh
# shellcheck source=Benchmarks/common.sh
source "$here/common.sh"
print_help_if_asked "$@"
set_output_file "$@"
runs=${BENCH_RUNS:-20}
warmup=${BENCH_WARMUP:-3}
inprocess_runs=${BENCH_INPROCESS_RUNS:-10}
programs=(loop loop_in_fn fib map_filter list_update)

command -v swift >/dev/null 2>&1 || die "swift is not on PATH"
require_hyperfine_and_python

load_before=$(uptime | sed 's/.*load average: //')

# knobs is built as a release would ship it: the Swift runtime linked in
# statically, which halves start-up (no dynamic loading of libswiftCore and Foundation).
say "building knobs (release, static Swift runtime)"
swift build -c release --static-swift-stdlib --package-path "$root" >&2
knobs="$(swift build -c release --static-swift-stdlib --package-path "$root" --show-bin-path)/knobs"
say "building knobs-bench (release)"
# SwiftPM can keep a stale list of the root package's files in the bench
# package's build folder (after files were added); a failed build is retried
# once from a clean folder.
if ! swift build -c release --package-path "$here" >&2; then
    say "bench build failed; retrying from a clean build folder"
    rm -rf "$here/.build/release" "$here/.build/x86_64-unknown-linux-gnu" "$here/.build/aarch64-unknown-linux-gnu"
    swift build -c release --package-path "$here" >&2
fi
bench="$(swift build -c release --package-path "$here" --show-bin-path)/knobs-bench"
[[ -x $knobs ]] || die "no knobs binary at $knobs"
[[ -x $bench ]] || die "no knobs-bench binary at $bench"

# The peer is the python3 of a fresh virtual environment: a link to the real
# interpreter even when python3 itself is a pyenv shim (a script that adds
# start-up time), and run through the environment's path so that it starts
# clean, without the base installation's site-packages and their .pth hooks.
venv="$here/.build/venv"
rm -rf "$venv"
mkdir -p "$here/.build"
"$base_python" -m venv --without-pip "$venv" >&2 ||
    die "'$base_python -m venv' failed: is this CPython 3 with the venv module?"
python="$venv/bin/python3"
real_python=$(readlink -f "$python")
[[ -x $real_python ]] || die "the virtual environment has no python3"
require_native_binary "$real_python"
python_version=$("$python" --version 2>&1)
[[ $python_version == "Python 3."* ]] || die "$real_python is '$python_version', not CPython 3"
"$python" -c 'import platform, sys; sys.exit(platform.python_implementation() != "CPython")' ||
    die "$real_python is not CPython"
say "CPython: $real_python ($python_version), run as $python"

results="$here/.build/results"
rm -rf "$results"
mkdir -p "$results"
cd "$here/programs"

say "checking that knobs and CPython print the same"
for p in "${programs[@]}"; do
    [[ -f $p.knobs && -f $p.py ]] || die "missing $p.knobs or $p.py in Benchmarks/programs"
    k_out=$("$knobs" eval -f "$p.knobs") || die "knobs failed on $p.knobs"
    p_out=$("$python" "$p.py") || die "python failed on $p.py"
    [[ $k_out == "$p_out" ]] ||
        die "$p prints '$k_out' in knobs but '$p_out' in CPython"
    say "  $p: $k_out"
done

# hyperfine -N splits commands like a shell; quote the binaries' paths.
hf() {
    local name=$1 knobs_command=$2 python_command=$3
    say "whole process: $name"
    hyperfine -N --warmup "$warmup" --runs "$runs" --export-json "$results/$name.json" \
        -n knobs "$knobs_command" -n python "$python_command" >&2
}
hf startup "'$knobs' eval 1" "'$python' -c 1"
for p in "${programs[@]}"; do
    hf "$p" "'$knobs' eval -f $p.knobs" "'$python' $p.py"
done

: >"$results/knobs-inprocess.tsv"
: >"$results/python-inprocess.tsv"
for p in "${programs[@]}"; do
    say "in process: $p"
    "$bench" --runs "$inprocess_runs" --warmup 1 "$p.knobs" >>"$results/knobs-inprocess.tsv"
    "$python" "$here/inprocess.py" --runs "$inprocess_runs" --warmup 1 "$p.py" >>"$results/python-inprocess.tsv"
done

settings=$(settings_of PYTHON BENCH_RUNS BENCH_WARMUP BENCH_INPROCESS_RUNS)
command="$settings$command"

load_after=$(uptime | sed 's/.*load average: //')
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ -n $(git -C "$root" status --porcelain -- Sources Package.swift 2>/dev/null) ]]; then
    commit="$commit + uncommitted changes"
fi
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
{
    echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "command=$command"
    echo "commit=$commit"
    echo "cpu=${cpu:-$(uname -m)}"
    echo "cores=$(nproc)"
    echo "load_before=$load_before"
    echo "load_after=$load_after"
    echo "swift=$(swift --version 2>&1 | head -n 1)"
    echo "python=$real_python"
    echo "python_version=$python_version"
    echo "hyperfine=$(hyperfine --version)"
    echo "warmup=$warmup"
} >"$results/meta.txt"

write_report
