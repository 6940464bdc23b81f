#!/usr/bin/env bash
# Times every lesson of the course (issue 9, "Every lesson": under 300 ms
# non-interactively) with CPython's start-up beside it, in one hyperfine run,
# and prints the figures as Markdown.
#
#   bash Benchmarks/course/run.sh [OUT.md]
#
# With OUT.md, the figures also go into that file: between the lines
# <!-- course-figures:begin --> and <!-- course-figures:end --> if it has
# them, else as the whole file.
#
# Whole-process commands, one per lesson, each checked first (exit 0, every
# check passed), then timed together:
#   knobs run --solutions lessons/NN-name.md   a lesson run with no person:
#                                              every cell, every exercise's
#                                              solution and all its checks
#   python3 -c pass                            CPython's start-up, the peer
# The lessons are every *.md file in the lessons folder but its README.md
# (the syllabus), so a lesson added later is timed without touching this
# script. Target: each lesson's median under 300 ms.
#
# Builds nothing: it runs the binary at KNOBS (default .build/release/knobs
# of the main package; build it with `swift build -c release`). The binary
# is copied into the results folder first and run from there, so a build
# running beside the script cannot swap it mid-run; it runs with a fresh
# data directory (KNOBS_HOME) there. The peer is the python3 of a virtual
# environment in Benchmarks/.build/course-venv (made from PYTHON on the first
# run, with nothing installed into it), as Benchmarks/run.sh and repl/run.sh
# time it: never a pyenv shim (a shell script that adds its own start-up),
# nor a base installation whose site-packages import more at start-up. Raw
# results stay in Benchmarks/.build/course-results/ (remade on every run).
# Progress goes to stderr, the Markdown to stdout.
#
# Environment:
#   KNOBS                     the knobs binary (default ROOT/.build/release/knobs)
#   KNOBS_COMMIT              the commit KNOBS was built from, when it is not the
#                             checkout's HEAD (only reported)
#   LESSONS                   the lessons folder (default ROOT/lessons)
#   PYTHON                    the python3 to make the environment from (python3)
#   COURSE_BENCH_REINSTALL=1  remake the virtual environment
#   COURSE_BENCH_RUNS         hyperfine runs (default 20), COURSE_BENCH_WARMUP (2)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bench_root=$(cd "$here/.." && pwd)
root=$(cd "$bench_root/.." && pwd)
bench_name=course/run.sh
# shellcheck source=Benchmarks/common.sh
source "$bench_root/common.sh"
print_help_if_asked "$@"
set_output_file "$@"
runs=${COURSE_BENCH_RUNS:-20}
warmup=${COURSE_BENCH_WARMUP:-2}
knobs_source=${KNOBS:-$root/.build/release/knobs}
lessons=${LESSONS:-$root/lessons}

require_hyperfine_and_python
[[ -x $knobs_source ]] ||
    die "no knobs binary at $knobs_source: build it (swift build -c release) or set KNOBS"
[[ -d $lessons ]] || die "no lessons folder at $lessons"
lessons=$(cd "$lessons" && pwd)

files=()
for file in "$lessons"/*.md; do
    [[ -f $file && $(basename "$file") != README.md ]] && files+=("$file")
done
((${#files[@]} > 0)) || die "no lessons in $lessons"

load_before=$(uptime | sed 's/.*load average: //')

# --- the Python environment -------------------------------------------------
venv="$bench_root/.build/course-venv"
if [[ ${COURSE_BENCH_REINSTALL:-0} == 1 || ! -x $venv/bin/python3 ]]; then
    say "making the virtual environment $venv"
    rm -rf "$venv"
    mkdir -p "$bench_root/.build"
    "$base_python" -m venv --without-pip "$venv" >&2 ||
        die "'$base_python -m venv' failed: is this CPython 3 with the venv module?"
fi
python="$venv/bin/python3"
real_python=$(readlink -f "$python")
[[ -x $real_python ]] || die "the virtual environment has no python3 (COURSE_BENCH_REINSTALL=1 remakes it)"
require_native_binary "$real_python"
"$python" -c 'import platform, sys; sys.exit(platform.python_implementation() != "CPython")' ||
    die "$real_python is not CPython"
python_version=$("$python" --version 2>&1)
say "CPython: $real_python ($python_version)"

results="$bench_root/.build/course-results"
rm -rf "$results"
mkdir -p "$results/home"
knobs="$results/knobs"
cp "$knobs_source" "$knobs"
knobs_version=$("$knobs" --version)

export KNOBS_HOME="$results/home" LANG=C.UTF-8 NO_COLOR=1
unset KNOBS_LESSONS LC_ALL LC_CTYPE

# Each lesson must pass with its solutions, or its time means nothing.
names=()
commands=()
for file in "${files[@]}"; do
    name=$(basename "$file" .md)
    output=$("$knobs" run --solutions "$file" </dev/null 2>&1) ||
        die "knobs run --solutions $name failed: $output"
    [[ $output == *" passed, 0 failed"* ]] || die "knobs run --solutions $name did not pass: $output"
    names+=("$name")
    commands+=(-n "$name" "'$knobs' run --solutions '$file'")
done
"$python" -c pass || die "python3 -c pass failed"

say "${#names[@]} lessons; whole process: hyperfine -N --warmup $warmup --runs $runs"
hyperfine -N --warmup "$warmup" --runs "$runs" --export-json "$results/course.json" \
    "${commands[@]}" -n "python3 -c pass" "'$python' -c pass" >&2

settings=$(settings_of KNOBS KNOBS_COMMIT LESSONS PYTHON COURSE_BENCH_RUNS COURSE_BENCH_WARMUP COURSE_BENCH_REINSTALL)
command="$settings$command"
{
    machine_meta "$command"
    echo "knobs=$knobs_source ($knobs_version)"
    echo "python=$real_python ($python_version)"
    echo "hyperfine=$(hyperfine --version)"
    echo "runs=$runs"
    echo "warmup=$warmup"
    echo "lessons=${names[*]}"
} >"$results/meta.txt"

write_report
