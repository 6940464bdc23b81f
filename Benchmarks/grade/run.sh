#!/usr/bin/env bash
# Times grading (issue 5, "Speed") against otter-grader and Jupyter, side by
# side in one run, and prints the figures as Markdown.
#
#   bash Benchmarks/grade/run.sh [OUT.md]
#
# With OUT.md, the figures also go into that file: between the lines
# <!-- grade-figures:begin --> and <!-- grade-figures:end --> if it has them,
# else as the whole file.
#
# The lesson is key.md beside this script: five cells that build a [2, 4, 1]
# tanh network, train it on XOR for 300 epochs and measure it, with two
# exercises and hidden checks. submissions.py writes its submissions (right,
# right written differently, wrong, erroring, unfinished, in turn) as knobs
# files and as the equivalent Jupyter notebooks, with the checks as
# otter-grader tests. Three measurements:
#   (a) knobs grade --jobs 2 (and --jobs 1) of GRADE_BENCH_SUBMISSIONS knobs
#       submissions, whole batch, the fastest of GRADE_BENCH_REPEAT batches:
#       submissions per second;
#   (b) the equivalent notebooks, GRADE_BENCH_NOTEBOOKS of them, two at a
#       time: `otter run` (otter-grader's grading of one notebook without
#       Docker), and `jupyter nbconvert --execute --allow-errors` (running
#       the notebook and nothing else: the lower bound of any Jupyter-based
#       grader); submissions per second, and the ratio to knobs;
#   (c) one whole process each, with hyperfine: `knobs run key.md
#       --solutions` against `jupyter nbconvert --execute` and `otter run` of
#       the solution notebook.
# Targets (the issue's): at least 100 submissions per second, and at least
# 100 times the Jupyter-based throughput.
#
# Builds nothing of knobs: it runs the binary at KNOBS (default
# .build/release/knobs of the main package; build it with
# `swift build -c release --static-swift-stdlib`, as Benchmarks/run.sh does),
# from a copy in the results folder, so that a build beside the script cannot
# swap it mid-run.
#
# The peers run in a virtual environment in Benchmarks/.build/grade-venv
# (made on the first run: otter-grader, which brings nbconvert, and ipykernel
# and NumPy, with its python3 registered as the environment's own "python3"
# kernel); if otter-grader does not install, nbconvert alone is measured.
# Jupyter runs with fresh data, runtime and IPython folders in the results
# folder, so no kernel or setting of the machine's is used. Raw results stay
# in Benchmarks/.build/grade-results/ (remade on every run). Progress goes to
# stderr, the Markdown to stdout.
#
# Environment:
#   KNOBS                       the knobs binary (default ROOT/.build/release/knobs)
#   KNOBS_COMMIT                the commit KNOBS was built from, when it is not
#                               the checkout's HEAD (only reported)
#   PYTHON                      the python3 to make the environment from (python3)
#   GRADE_BENCH_REINSTALL=1     remake the virtual environment
#   GRADE_BENCH_SUBMISSIONS     knobs submissions (1000)
#   GRADE_BENCH_REPEAT          knobs batches per --jobs setting (3)
#   GRADE_BENCH_NOTEBOOKS       notebooks for each Jupyter peer (20)
#   GRADE_BENCH_RUNS            hyperfine runs of knobs run (20)
#   GRADE_BENCH_JUPYTER_RUNS    hyperfine runs of each Jupyter command (5)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bench_root=$(cd "$here/.." && pwd)
root=$(cd "$bench_root/.." && pwd)
bench_name=grade/run.sh
# shellcheck source=Benchmarks/common.sh
source "$bench_root/common.sh"
print_help_if_asked "$@"
set_output_file "$@"
count=${GRADE_BENCH_SUBMISSIONS:-1000}
repeat=${GRADE_BENCH_REPEAT:-3}
notebooks=${GRADE_BENCH_NOTEBOOKS:-20}
runs=${GRADE_BENCH_RUNS:-20}
jupyter_runs=${GRADE_BENCH_JUPYTER_RUNS:-5}
knobs_source=${KNOBS:-$root/.build/release/knobs}
key="$here/key.md"

require_hyperfine_and_python
[[ -x $knobs_source ]] ||
    die "no knobs binary at $knobs_source: build it (swift build -c release --static-swift-stdlib) or set KNOBS"

load_before=$(uptime | sed 's/.*load average: //')

# --- the Python environment -------------------------------------------------
venv="$bench_root/.build/grade-venv"
stamp="$venv/.knobs-grade-ready"
if [[ ${GRADE_BENCH_REINSTALL:-0} == 1 || ! -f $stamp ]]; then
    say "making the virtual environment $venv"
    rm -rf "$venv"
    mkdir -p "$bench_root/.build"
    "$base_python" -m venv "$venv" >&2 ||
        die "'$base_python -m venv' failed: is this CPython 3 with the venv and ensurepip modules?"
    "$venv/bin/python3" -m pip install --quiet ipykernel numpy nbconvert nbformat >&2 ||
        die "could not install ipykernel, numpy and nbconvert into $venv"
    if "$venv/bin/python3" -m pip install --quiet otter-grader >&2; then
        say "otter-grader installed"
    else
        say "otter-grader did not install: only nbconvert is measured"
    fi
    "$venv/bin/python3" -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (grade bench)" >&2 ||
        die "could not register the environment's kernel"
    date -u '+%Y-%m-%d %H:%M UTC' >"$stamp"
fi
python="$venv/bin/python3"
require_native_binary "$(readlink -f "$python")"
jupyter="$venv/bin/jupyter"
otter="$venv/bin/otter"
[[ -x $jupyter ]] || die "no jupyter in $venv (GRADE_BENCH_REINSTALL=1 remakes it)"
have_otter=0
[[ -x $otter ]] && have_otter=1
package_version() {
    "$python" -c "import importlib.metadata as m; print(m.version('$1'))" 2>/dev/null || echo "not installed"
}

# --- the submissions ------------------------------------------------------------
results="$bench_root/.build/grade-results"
rm -rf "$results"
mkdir -p "$results/home" "$results/jupyter/data" "$results/jupyter/runtime" "$results/ipython"
knobs="$results/knobs"
cp "$knobs_source" "$knobs"
knobs_version=$("$knobs" --version)
export KNOBS_HOME="$results/home" LANG=C.UTF-8 NO_COLOR=1
export JUPYTER_DATA_DIR="$results/jupyter/data" JUPYTER_RUNTIME_DIR="$results/jupyter/runtime"
export IPYTHONDIR="$results/ipython" JUPYTER_PLATFORM_DIRS=1 PYDEVD_DISABLE_FILE_VALIDATION=1
unset KNOBS_LESSONS LC_ALL LC_CTYPE JUPYTER_PATH JUPYTER_CONFIG_DIR

"$knobs" run "$key" --solutions >/dev/null || die "the key does not pass with its solutions"
"$knobs" release "$key" -o "$results/released" >/dev/null
say "writing $count knobs submissions and $notebooks notebooks"
"$python" "$here/submissions.py" "$results/released/key.md" "$results/work" --knobs "$count" --notebooks "$notebooks"

now() { echo "$EPOCHREALTIME"; }
elapsed() { "$python" -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.3f}')" "$1" "$2"; }

# --- (a) knobs grade ----------------------------------------------------------------
: >"$results/knobs-grade.tsv"
for jobs in 2 1; do
    for ((i = 1; i <= repeat; i++)); do
        start=$(now)
        status=0
        "$knobs" grade --key "$key" "$results/work/knobs" --jobs "$jobs" --format json \
            --out "$results/knobs-j$jobs.json" --gradebook "$results/knobs-j$jobs.csv" || status=$?
        end=$(now)
        [[ $status == 1 ]] || die "knobs grade exited $status, not 1 (some submissions are wrong on purpose)"
        seconds=$(elapsed "$start" "$end")
        printf '%s\t%s\t%s\n' "$jobs" "$count" "$seconds" >>"$results/knobs-grade.tsv"
        say "knobs grade --jobs $jobs: $count submissions in $seconds s"
    done
done

# --- (b) the notebooks, two at a time -------------------------------------------------------
# One notebook graded by otter run, or run by nbconvert, in a folder of its own.
grade_notebook() {
    local tool=$1 notebook=$2 out
    out="$results/$tool/$(basename "$notebook" .ipynb)"
    mkdir -p "$out"
    case $tool in
        otter) "$otter" run --no-logo -a "$results/work/autograder.zip" -o "$out" "$notebook" >"$out.log" 2>&1 ;;
        nbconvert) "$jupyter" nbconvert --to notebook --execute --allow-errors --output-dir "$out" "$notebook" >"$out.log" 2>&1 ;;
    esac
}
export -f grade_notebook
export results otter jupyter
tools=(nbconvert)
if [[ $have_otter == 1 ]]; then
    (cd "$results/work" && "$otter" generate -t tests -o autograder.zip --no-requirements --no-environment --no-config >"$results/otter-generate.log" 2>&1) ||
        die "otter generate failed: $(tail -n 3 "$results/otter-generate.log")"
    tools=(otter nbconvert)
fi
: >"$results/notebooks.tsv"
for tool in "${tools[@]}"; do
    start=$(now)
    printf '%s\n' "$results"/work/notebooks/*.ipynb | xargs -P 2 -n 1 bash -c 'grade_notebook "$0" "$1"' "$tool" ||
        die "$tool failed on a notebook: see $results/$tool/*.log"
    end=$(now)
    seconds=$(elapsed "$start" "$end")
    printf '%s\t%s\t%s\n' "$tool" "$notebooks" "$seconds" >>"$results/notebooks.tsv"
    say "$tool, two at a time: $notebooks notebooks in $seconds s"
done

# --- (c) one whole process each ----------------------------------------------------------------
solution="$results/work/solution.ipynb"
"$jupyter" nbconvert --to notebook --execute --output-dir "$results/solution-run" "$solution" >/dev/null 2>&1 ||
    die "the solution notebook does not run"
say "whole process: hyperfine -N, knobs $runs runs, Jupyter $jupyter_runs"
hyperfine -N --warmup 2 --runs "$runs" --export-json "$results/knobs-run.json" \
    -n "knobs run key.md --solutions" "'$knobs' run '$key' --solutions" >&2
jupyter_commands=(-n "jupyter nbconvert --execute solution.ipynb"
    "'$jupyter' nbconvert --to notebook --execute --output-dir '$results/solution-run' '$solution'")
if [[ $have_otter == 1 ]]; then
    mkdir -p "$results/solution-otter"
    jupyter_commands+=(-n "otter run solution.ipynb"
        "'$otter' run --no-logo -a '$results/work/autograder.zip' -o '$results/solution-otter' '$solution'")
fi
hyperfine -N --warmup 1 --runs "$jupyter_runs" --export-json "$results/jupyter-run.json" "${jupyter_commands[@]}" >&2

# --- what was measured, with what -----------------------------------------------------------------
settings=$(settings_of KNOBS KNOBS_COMMIT PYTHON GRADE_BENCH_SUBMISSIONS GRADE_BENCH_REPEAT GRADE_BENCH_NOTEBOOKS \
    GRADE_BENCH_RUNS GRADE_BENCH_JUPYTER_RUNS)
{
    machine_meta "$settings$command"
    echo "knobs=$knobs_source ($knobs_version)"
    echo "python=$("$python" --version 2>&1)"
    echo "otter=$([[ $have_otter == 1 ]] && package_version otter-grader || echo "not installed")"
    echo "nbconvert=$(package_version nbconvert)"
    echo "ipykernel=$(package_version ipykernel)"
    echo "numpy=$(package_version numpy)"
    echo "hyperfine=$(hyperfine --version)"
    echo "submissions=$count"
    echo "notebooks=$notebooks"
    echo "repeat=$repeat"
} >"$results/meta.txt"

write_report
