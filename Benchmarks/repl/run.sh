#!/usr/bin/env bash
# Times the REPL's start-up (issue 4, "Speed") against CPython and IPython,
# side by side in one hyperfine run, and prints the figures as Markdown.
#
#   bash Benchmarks/repl/run.sh [OUT.md]
#
# With OUT.md, the figures also go into that file: between the lines
# <!-- repl-figures:begin --> and <!-- repl-figures:end --> if it has them,
# else as the whole file.
#
# Four whole-process commands, each with standard input at its end at once
# (hyperfine gives every command /dev/null), so each starts, does its first
# piece of work and leaves:
#   knobs --lessons L           start-up to the first prompt: the greeting, the
#                               lessons read, the progress database opened;
#                               the same as typing :quit at the first prompt
#   knobs repl 01 --lessons L   opening a lesson: the above, the lesson's first
#                               step drawn and its opening saved (a commit, with
#                               fsync); the same as `:open 01` then Ctrl-D
#   python3 -c pass             CPython's start-up
#   ipython -c pass             IPython's start-up
# Target: both knobs commands faster than both peers.
#
# Builds nothing of knobs: it runs the binary at KNOBS (default
# .build/release/knobs of the main package; build it with
# `swift build -c release --static-swift-stdlib`, as Benchmarks/run.sh does).
# The binary is copied into the results folder first and run from there, so a
# build running beside the script cannot swap it mid-run. knobs runs with a
# fresh data directory (KNOBS_HOME) in the results folder and the repository's
# lessons; IPython with a fresh IPYTHONDIR there too.
#
# Beside the times, hyperfine's CPU time (user + system), and, when valgrind
# is installed, the instructions each command executes (callgrind, on a copy
# of knobs without debug information, which valgrind 3.19 cannot read): on a
# machine loaded by other work these move far less than the wall times.
#
# The peers are the real python3 of a virtual environment in
# Benchmarks/.build/repl-venv (made on the first run, with IPython installed
# into it by pip), never a pyenv shim: a shim is a shell script that adds its
# own start-up. Raw results stay in Benchmarks/.build/repl-results/ (remade on
# every run). Progress goes to stderr, the Markdown to stdout.
#
# Environment:
#   KNOBS                     the knobs binary (default ROOT/.build/release/knobs)
#   KNOBS_COMMIT              the commit KNOBS was built from, when it is not the
#                             checkout's HEAD (only reported)
#   PYTHON                    the python3 to make the environment from (python3)
#   REPL_BENCH_REINSTALL=1    remake the virtual environment
#   REPL_BENCH_RUNS           hyperfine runs (default 30), REPL_BENCH_WARMUP (3)
#   REPL_BENCH_INSTRUCTIONS=0 skip the instruction counts
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bench_root=$(cd "$here/.." && pwd)
root=$(cd "$bench_root/.." && pwd)
bench_name=repl/run.sh
# shellcheck source=Benchmarks/common.sh
source "$bench_root/common.sh"
print_help_if_asked "$@"
set_output_file "$@"
runs=${REPL_BENCH_RUNS:-30}
warmup=${REPL_BENCH_WARMUP:-3}
knobs_source=${KNOBS:-$root/.build/release/knobs}
lessons="$root/lessons"


require_hyperfine_and_python
[[ -x $knobs_source ]] ||
    die "no knobs binary at $knobs_source: build it (swift build -c release --static-swift-stdlib) or set KNOBS"
[[ -d $lessons ]] || die "no lessons folder at $lessons"

load_before=$(uptime | sed 's/.*load average: //')

# --- the Python environment -------------------------------------------------
venv="$bench_root/.build/repl-venv"
stamp="$venv/.knobs-repl-ready"
if [[ ${REPL_BENCH_REINSTALL:-0} == 1 || ! -f $stamp ]]; then
    say "making the virtual environment $venv"
    rm -rf "$venv"
    mkdir -p "$bench_root/.build"
    "$base_python" -m venv "$venv" >&2 ||
        die "'$base_python -m venv' failed: is this CPython 3 with the venv and ensurepip modules?"
    "$venv/bin/python3" -m pip install --quiet ipython >&2 ||
        die "could not install IPython into $venv"
    date -u '+%Y-%m-%d %H:%M UTC' >"$stamp"
fi
python="$venv/bin/python3"
ipython="$venv/bin/ipython"
real_python=$(readlink -f "$python")
[[ -x $real_python ]] || die "the virtual environment has no python3 (REPL_BENCH_REINSTALL=1 remakes it)"
require_native_binary "$real_python"
"$python" -c 'import platform, sys; sys.exit(platform.python_implementation() != "CPython")' ||
    die "$real_python is not CPython"
[[ -x $ipython ]] || die "no ipython in $venv (REPL_BENCH_REINSTALL=1 remakes it)"
python_version=$("$python" --version 2>&1)
ipython_version=$("$ipython" --version 2>/dev/null) || die "$ipython does not run"
say "CPython: $real_python ($python_version); IPython $ipython_version"

# --- the run ------------------------------------------------------------------
results="$bench_root/.build/repl-results"
rm -rf "$results"
mkdir -p "$results/home" "$results/ipython"
knobs="$results/knobs"
cp "$knobs_source" "$knobs"
knobs_version=$("$knobs" --version)
"$knobs" repl --help >/dev/null 2>&1 || die "$knobs_source has no REPL (knobs repl): rebuild it"

export KNOBS_HOME="$results/home" IPYTHONDIR="$results/ipython" LANG=C.UTF-8 NO_COLOR=1
unset KNOBS_LESSONS LC_ALL LC_CTYPE

# Each must do what it is timed for: a greeting, a lesson's first step, no error.
check() {
    local name=$1 expected=$2
    shift 2
    local output
    output=$("$@" </dev/null 2>&1) || die "$name failed: $output"
    [[ $output == *"$expected"* ]] || die "$name did not print '$expected': $output"
}
check "knobs" ":lessons lists them all" "$knobs" --lessons "$lessons"
check "knobs repl 01" "01-parameters: The knobs you turn" "$knobs" repl 01 --lessons "$lessons"
check "python3 -c pass" "" "$python" -c pass
check "ipython -c pass" "" "$ipython" -c pass

say "whole process: hyperfine -N --warmup $warmup --runs $runs"
hyperfine -N --warmup "$warmup" --runs "$runs" --export-json "$results/startup.json" \
    -n "knobs: start-up to the first prompt" "'$knobs' --lessons '$lessons'" \
    -n "knobs: opening a lesson" "'$knobs' repl 01 --lessons '$lessons'" \
    -n "python3 -c pass" "'$python' -c pass" \
    -n "ipython -c pass" "'$ipython' -c pass" >&2

# Instructions executed by a command, as callgrind counts them.
count_instructions() {
    valgrind --tool=callgrind --callgrind-out-file="$results/callgrind.out" "$@" </dev/null 2>&1 >/dev/null |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
rm -f "$results/instructions.txt"
if [[ ${REPL_BENCH_INSTRUCTIONS:-1} != 0 ]] && command -v valgrind >/dev/null 2>&1 && command -v strip >/dev/null 2>&1; then
    say "instructions: valgrind --tool=callgrind"
    strip --strip-debug "$knobs" -o "$results/knobs-nodebug"
    {
        echo "knobs: start-up to the first prompt=$(count_instructions "$results/knobs-nodebug" --lessons "$lessons")"
        echo "knobs: opening a lesson=$(count_instructions "$results/knobs-nodebug" repl 01 --lessons "$lessons")"
        echo "python3 -c pass=$(count_instructions "$python" -c pass)"
        echo "valgrind=$(valgrind --version)"
    } >"$results/instructions.txt"
    rm -f "$results/callgrind.out"
else
    say "no instruction counts (valgrind or strip missing, or REPL_BENCH_INSTRUCTIONS=0)"
fi

settings=$(settings_of KNOBS KNOBS_COMMIT PYTHON REPL_BENCH_RUNS REPL_BENCH_WARMUP REPL_BENCH_INSTRUCTIONS)
command="$settings$command"
{
    machine_meta "$command"
    echo "knobs=$knobs_source ($knobs_version)"
    echo "python=$real_python ($python_version)"
    echo "ipython=$ipython_version"
    echo "hyperfine=$(hyperfine --version)"
    echo "runs=$runs"
    echo "warmup=$warmup"
} >"$results/meta.txt"

write_report
