#!/usr/bin/env bash
# Counts the machine instructions knobs and CPython 3 execute for each
# benchmark program, side by side, with valgrind's callgrind, and prints the
# ratios as Markdown. Instruction counts do not move with the load of the
# machine, so they complement the timings of run.sh on a busy machine; they
# do not see cache misses or branch mispredictions, so they are no substitute.
#
#   bash Benchmarks/instructions.sh
#
# Each program's count has the count of an empty program subtracted
# (`print(1)` in knobs, `pass` in Python): what remains is the work of the
# program itself. Needs valgrind (Debian: apt-get install valgrind) and the
# virtual environment run.sh makes (Benchmarks/.build/venv); run run.sh first.
# Also needs strip (binutils).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
programs=(loop loop_in_fn fib map_filter list_update)
command -v valgrind >/dev/null 2>&1 || { echo "instructions.sh: valgrind is not installed" >&2; exit 1; }
python="$here/.build/venv/bin/python3"
[[ -x $python ]] || { echo "instructions.sh: no $python: run Benchmarks/run.sh first" >&2; exit 1; }

swift build -c release --static-swift-stdlib --package-path "$root" >&2
built="$(swift build -c release --static-swift-stdlib --package-path "$root" --show-bin-path)/knobs"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# valgrind 3.19 gives up on the release binary's debug information ("Possibly
# corrupted debuginfo file"), so it counts a copy without it: the same code.
knobs="$scratch/knobs"
strip --strip-debug "$built" -o "$knobs"

# Instructions executed by a command, as callgrind counts them.
count() {
    valgrind --tool=callgrind --callgrind-out-file="$scratch/out" "$@" 2>&1 >/dev/null |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

echo 'print(1)' >"$scratch/empty.knobs"
echo 'pass' >"$scratch/empty.py"
knobs_base=$(count "$knobs" eval -f "$scratch/empty.knobs")
python_base=$(count "$python" "$scratch/empty.py")

echo "Instructions executed, millions, start-up subtracted (\`bash Benchmarks/instructions.sh\`, $(date -u '+%Y-%m-%d'), commit \`$(git -C "$root" rev-parse --short HEAD)\`)."
echo
echo "| benchmark | knobs | CPython | knobs/CPython |"
echo "|---|---:|---:|---:|"
for name in "${programs[@]}"; do
    k=$(count "$knobs" eval -f "$here/programs/$name.knobs")
    p=$(count "$python" "$here/programs/$name.py")
    awk -v n="$name" -v k="$k" -v kb="$knobs_base" -v p="$p" -v pb="$python_base" \
        'BEGIN { kk = (k - kb) / 1e6; pp = (p - pb) / 1e6; printf "| %s | %.1f | %.1f | %.2f |\n", n, kk, pp, kk / pp }'
done
echo
echo "Start-up alone: knobs $(awk -v b="$knobs_base" 'BEGIN { printf "%.1f", b / 1e6 }') million instructions, CPython $(awk -v b="$python_base" 'BEGIN { printf "%.1f", b / 1e6 }') million."
