#!/usr/bin/env bash
# Grading under load (issue 10, "Under load"): one batch of 100, 1,000 and
# 10,000 submissions, graded with --jobs 2; peak resident memory, wall time
# and CPU time of each, printed as Markdown. Twice: quiet submissions, and
# chatty ones whose exercise also prints 16,000 bytes (what a cell's output
# is kept up to); and the 1,000 quiet ones once more with --jobs 1, for the
# use of the second core on a machine whose load the script cannot choose.
#
#   bash Benchmarks/grade-load/run.sh [OUT.md]
#
# With OUT.md, the figures also go into that file: between the lines
# <!-- grade-load-figures:begin --> and <!-- grade-load-figures:end --> if it
# has them, else as the whole file.
#
# The lesson and the submissions are Benchmarks/grade's: its key.md (a
# [2, 4, 1] tanh network trained on XOR for 300 epochs, two exercises with
# hidden checks) and its submissions.py with --notebooks 0 (five kinds of
# submission in turn, right, right otherwise, wrong, erroring, unfinished;
# Python's standard library only). Each batch is one `knobs grade` process
# writing a JSON report and a gradebook, measured by GNU time (%M: the peak
# resident set size of the process, in KiB; %e wall seconds; %U and %S CPU
# seconds). Memory is flat when the peak does not grow with the batch (the
# report goes to disk as it is made); both cores are used when CPU time / wall time is
# close to the number of jobs (on a machine with other work, when it doubles
# from --jobs 1 to --jobs 2).
#
# Builds nothing of knobs: it runs the binary at KNOBS (default
# .build/release/knobs of the main package; build it with
# `swift build -c release --static-swift-stdlib`), from a copy in the
# results folder, so that a build beside the script cannot swap it mid-run.
# Raw results stay in Benchmarks/.build/grade-load-results/ (remade on every
# run). Progress goes to stderr, the Markdown to stdout.
#
# Environment:
#   KNOBS                the knobs binary (default ROOT/.build/release/knobs)
#   KNOBS_COMMIT         the commit KNOBS was built from, when it is not the
#                        checkout's HEAD (only reported)
#   GRADE_LOAD_SIZES     the batch sizes (default "100 1000 10000")
#   GRADE_LOAD_JOBS      --jobs (default 2)
#   GRADE_LOAD_KINDS     the kinds of batch (default "quiet chatty")
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bench_root=$(cd "$here/.." && pwd)
root=$(cd "$bench_root/.." && pwd)
bench_name=grade-load/run.sh
# shellcheck source=Benchmarks/common.sh
source "$bench_root/common.sh"
print_help_if_asked "$@"
set_output_file "$@"
sizes=${GRADE_LOAD_SIZES:-100 1000 10000}
jobs=${GRADE_LOAD_JOBS:-2}
kinds=${GRADE_LOAD_KINDS:-quiet chatty}
knobs_source=${KNOBS:-$root/.build/release/knobs}
key="$bench_root/grade/key.md"

[[ -x /usr/bin/time ]] && /usr/bin/time -f %M true >/dev/null 2>&1 ||
    die "GNU time is not at /usr/bin/time (Debian: apt-get install time)"
command -v python3 >/dev/null 2>&1 || die "python3 is not installed"
[[ -x $knobs_source ]] ||
    die "no knobs binary at $knobs_source: build it (swift build -c release --static-swift-stdlib) or set KNOBS"

results="$bench_root/.build/grade-load-results"
rm -rf "$results"
mkdir -p "$results/home"
knobs="$results/knobs"
cp "$knobs_source" "$knobs"
export KNOBS_HOME="$results/home" LANG=C.UTF-8 NO_COLOR=1
unset KNOBS_LESSONS LC_ALL LC_CTYPE
load_before=$(uptime | sed 's/.*load average: //')

"$knobs" run "$key" --solutions >/dev/null || die "the key does not pass with its solutions"
"$knobs" release "$key" -o "$results/released" >/dev/null

: >"$results/figures.tsv"
# One batch: grade KIND SIZE JOBS, appending its figures to figures.tsv.
grade() {
    local kind=$1 size=$2 jobs=$3 status=0 rss wall user system report graded
    local run="$kind-$size-j$jobs"
    say "knobs grade --jobs $jobs: $size $kind submissions"
    /usr/bin/time -o "$results/time-$run.txt" -f '%M %e %U %S' \
        "$knobs" grade --key "$key" "$results/batch/knobs" --jobs "$jobs" --format json \
        --out "$results/report-$run.json" --gradebook "$results/gradebook-$run.csv" || status=$?
    [[ $status == 1 ]] || die "knobs grade exited $status, not 1 (some submissions are wrong on purpose)"
    graded=$(($(wc -l <"$results/gradebook-$run.csv") - 1))
    [[ $graded == "$size" ]] || die "the gradebook has $graded rows, not $size"
    # GNU time writes "Command exited with non-zero status 1" first: the figures are the last line.
    read -r rss wall user system < <(tail -n 1 "$results/time-$run.txt")
    report=$(wc -c <"$results/report-$run.json")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$kind" "$size" "$jobs" "$rss" "$wall" "$user" "$system" "$report" >>"$results/figures.tsv"
    say "$run: peak $((rss / 1024)) MiB, $wall s wall, $user s user, $system s system"
    rm -f "$results/report-$run.json"
}
for kind in $kinds; do
    for size in $sizes; do
        say "writing $size $kind submissions"
        rm -rf "$results/batch"
        python3 "$bench_root/grade/submissions.py" "$results/released/key.md" "$results/batch" --knobs "$size" --notebooks 0
        if [[ $kind == chatty ]]; then
            find "$results/batch/knobs" -name '*.md' -exec sed -i '/^acc = /a print("x" * 16000)' {} +
        fi
        grade "$kind" "$size" "$jobs"
        if [[ $kind == quiet && $size == 1000 && $jobs != 1 ]]; then grade quiet 1000 1; fi
    done
done
rm -rf "$results/batch"
load_after=$(uptime | sed 's/.*load average: //')

commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
settings=$(settings_of KNOBS KNOBS_COMMIT GRADE_LOAD_SIZES GRADE_LOAD_JOBS GRADE_LOAD_KINDS)
markdown=$(
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') with \`$settings$command\`: $("$knobs" --version) built from"
    echo "${KNOBS_COMMIT:-$commit}, on ${cpu:-$(uname -m)} ($(nproc) cores), load average $load_before before and $load_after after."
    echo "One \`knobs grade --jobs N --format json --out … --gradebook …\` process per batch; chatty submissions print 16,000 bytes each."
    echo
    echo "| submissions | jobs | peak RSS (MiB) | wall (s) | CPU user + system (s) | CPU / wall | submissions / s | JSON report (MiB) |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    awk -F '\t' '{
        cpu = $6 + $7
        printf "| %s %d | %d | %.1f | %.2f | %.2f | %.2f | %.0f | %.1f |\n", $1, $2, $3, $4 / 1024, $5, cpu, ($5 > 0 ? cpu / $5 : 0), ($5 > 0 ? $2 / $5 : 0), $8 / 1048576
    }' "$results/figures.tsv"
)
echo "$markdown"
if [[ -n $out_file ]]; then
    python3 - "$out_file" "$markdown" <<'PYTHON'
import os, sys
path, figures = sys.argv[1], sys.argv[2]
begin, end = "<!-- grade-load-figures:begin -->", "<!-- grade-load-figures:end -->"
text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
if begin in text and end in text:
    text = text[: text.index(begin) + len(begin)] + "\n" + figures + "\n" + text[text.index(end):]
else:
    text = figures + "\n"
open(path, "w", encoding="utf-8").write(text)
PYTHON
    say "figures written to $out_file"
fi
say "done; raw results in $results"
