# What the benchmark drivers (run.sh, ml/run.sh, repl/run.sh, grade/run.sh)
# share; sourced, never run. The driver sets `bench_name` (how its messages
# start) before sourcing, and calls these after its header comment and
# `set -euo pipefail`.

die() {
    echo "$bench_name: error: $*" >&2
    exit 1
}

say() {
    echo "$bench_name: $*" >&2
}

# --help prints the driver's header comment (lines 2 up to `set -euo`).
print_help_if_asked() {
    if [[ ${1:-} == -h || ${1:-} == --help ]]; then
        sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
        exit 0
    fi
}

# The Markdown file to write (from the first argument; absolute), and the
# command line the report quotes.
set_output_file() {
    out_file=${1:-}
    command="bash Benchmarks/$bench_name${out_file:+ $out_file}"
    if [[ -n $out_file && $out_file != /* ]]; then
        out_file="$PWD/$out_file"
    fi
}

# hyperfine, and the python3 to make a virtual environment from (PYTHON).
require_hyperfine_and_python() {
    command -v hyperfine >/dev/null 2>&1 ||
        die "hyperfine is not installed (Debian: apt-get install hyperfine)"
    base_python=${PYTHON:-python3}
    command -v "$base_python" >/dev/null 2>&1 ||
        die "'$base_python' not found: install CPython 3 or set PYTHON=/path/to/python3"
}

# Fails unless `$1` is a native binary: a pyenv shim (a script) adds start-up time.
require_native_binary() {
    [[ $(head -c 4 "$1" | od -An -c | tr -d ' \n') == 177ELF ]] ||
        die "$1 is not a native binary (a shim?); set PYTHON to a real CPython 3"
}

# The variables named in "$@" that are set, as NAME=value words to go before
# the command line a report quotes (so that it says how it was run).
settings_of() {
    local variable settings=""
    for variable in "$@"; do
        if [[ -n ${!variable:-} ]]; then settings+="$variable=${!variable} "; fi
    done
    printf '%s' "$settings"
}

# Hands the raw results to the report.py beside the calling script: its
# Markdown into the output file when one was given, else on stdout.
# Uses the caller's $python, $here, $results and $out_file.
write_report() {
    say "done; raw results in $results"
    if [[ -n $out_file ]]; then
        "$python" "$here/report.py" "$results" --into "$out_file"
        say "figures written to $out_file"
    else
        "$python" "$here/report.py" "$results"
    fi
}

# The lines of meta.txt every run writes: when, the command line given as $1,
# the commit, the machine and the load average before ($load_before, set by
# the caller at the start) and now. Uses the caller's $root.
machine_meta() {
    local commit cpu
    commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
    cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
    echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "command=$1"
    echo "commit=$commit"
    echo "built_from=${KNOBS_COMMIT:-$commit}"
    echo "cpu=${cpu:-$(uname -m)}"
    echo "cores=$(nproc)"
    echo "load_before=$load_before"
    echo "load_after=$(uptime | sed 's/.*load average: //')"
}
