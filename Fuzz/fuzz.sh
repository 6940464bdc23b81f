#!/usr/bin/env bash
# Builds and runs the libFuzzer fuzzers of knobs (docs/FUZZING.md).
#
#   bash Fuzz/fuzz.sh build                  build the driver with libFuzzer and AddressSanitizer
#   bash Fuzz/fuzz.sh seed TARGET DIR        write TARGET's seed inputs into DIR
#   bash Fuzz/fuzz.sh run TARGET SECONDS [FLAG...]
#                                            fuzz TARGET for SECONDS from its kept corpus and
#                                            seeds; new inputs and findings go to the work folder
#   bash Fuzz/fuzz.sh merge TARGET           minimise kept corpus + work corpus into Fuzz/Corpus/TARGET
#   bash Fuzz/fuzz.sh replay [TARGET...]     run the driver once over each kept corpus (-runs=0)
#
# TARGET is syntax, evaluator, lesson, grade or deck (Fuzz/Targets/FuzzTarget.swift).
# KNOBS_FUZZ_BUILD is the driver's scratch path (default /tmp/knobs-fuzz-build),
# KNOBS_FUZZ_WORK the work folder (default /tmp/knobs-fuzz-work): TARGET/corpus
# holds what a run found, TARGET/artifacts its crashes, hangs and blow-ups,
# TARGET/seeds the seeds. `swift test --filter FuzzCorpusTests` replays the
# kept corpus without libFuzzer; CI runs that.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${KNOBS_FUZZ_BUILD:-/tmp/knobs-fuzz-build}"
work="${KNOBS_FUZZ_WORK:-/tmp/knobs-fuzz-work}"
driver="$build/debug/knobs-fuzz"
targets=(syntax evaluator lesson grade deck)

# The crash goes to libFuzzer's handler, which writes the input, not to Swift's backtracer.
export SWIFT_BACKTRACE=enable=no
# No leak checks, per input or at exit: LeakSanitizer takes Swift objects that a global holds
# for leaked, since Swift keeps enum tags in the spare bits of pointers (docs/FUZZING.md).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}

usage() {
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}" >&2
    exit 2
}

check_target() {
    local t
    for t in "${targets[@]}"; do [[ $1 == "$t" ]] && return; done
    echo "fuzz.sh: no target '$1' (targets: ${targets[*]})" >&2
    exit 2
}

# libFuzzer's bounds per target: the longest input, seconds before an input is a hang, memory.
flags_for() {
    case $1 in
        syntax) echo "-max_len=4096 -timeout=10 -rss_limit_mb=2048" ;;
        evaluator) echo "-max_len=2048 -timeout=10 -rss_limit_mb=2560" ;;
        lesson) echo "-max_len=16384 -timeout=10 -rss_limit_mb=2048" ;;
        grade) echo "-max_len=16384 -timeout=30 -rss_limit_mb=2560" ;;
        deck) echo "-max_len=16384 -timeout=10 -rss_limit_mb=2048" ;;
    esac
}

build() {
    cd "$root/Fuzz/Driver"
    # --sanitize=fuzzer links libFuzzer's main; the -Xswiftc flag adds AddressSanitizer to the
    # Swift code (SwiftPM passes only the last of two --sanitize values to the compiler).
    swift build --scratch-path "$build" --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=address
}

# The code cells of Markdown files, one file each.
code_cells() {
    local out=$1; shift
    awk -v out="$out" '
        /^```knobs/ { inside = 1; n++; file = sprintf("%s/cell-%d.knobs", out, n); next }
        /^```/ && inside { inside = 0; close(file); next }
        inside { print > file }
    ' "$@"
}

seed() {
    local target=$1 out=$2
    mkdir -p "$out"
    case $target in
        syntax | evaluator)
            find "$root/Tests/KnobsLangTests/Golden" "$root/Plugins" -name '*.knobs' -exec cp {} "$out/" \;
            (cd "$root" && code_cells "$out" lessons/*.md Tests/GradingCorpus/key.md) ;;
        lesson)
            cp "$root"/lessons/*.md "$out/"
            cp "$root/Tests/GradingCorpus/key.md" "$out/key.md"
            for f in "$root"/Tests/GradingCorpus/submissions/*.md; do cp "$f" "$out/submission-$(basename "$f")"; done ;;
        grade)
            cp "$root"/Tests/GradingCorpus/submissions/*.md "$out/" ;;
        deck)
            cp "$root"/Plugins/DutchQuiz/Resources/decks/* "$root"/Tests/DutchQuizPluginTests/Fixtures/decks/* "$out/" ;;
    esac
}

run() {
    local target=$1 seconds=$2; shift 2
    local dir="$work/$target"
    mkdir -p "$dir/corpus" "$dir/artifacts" "$root/Fuzz/Corpus/$target"
    rm -rf "$dir/seeds"
    seed "$target" "$dir/seeds"
    # shellcheck disable=SC2046
    KNOBS_FUZZ_TARGET=$target "$driver" "$dir/corpus" "$root/Fuzz/Corpus/$target" "$dir/seeds" \
        -dict="$root/Fuzz/knobs.dict" -artifact_prefix="$dir/artifacts/" \
        -max_total_time="$seconds" -print_final_stats=1 $(flags_for "$target") "$@"
}

merge() {
    local target=$1
    local dir="$work/$target" kept="$root/Fuzz/Corpus/$target"
    rm -rf "$dir/merged" && mkdir -p "$dir/merged" "$kept"
    # shellcheck disable=SC2046
    KNOBS_FUZZ_TARGET=$target "$driver" -merge=1 "$dir/merged" "$kept" "$dir/corpus" \
        -dict="$root/Fuzz/knobs.dict" $(flags_for "$target")
    rm -rf "$kept" && mv "$dir/merged" "$kept"
    echo "Fuzz/Corpus/$target: $(find "$kept" -type f | wc -l) inputs, $(cat "$kept"/* | wc -c) bytes"
}

replay() {
    local target
    for target in "$@"; do
        check_target "$target"
        # shellcheck disable=SC2046
        KNOBS_FUZZ_TARGET=$target "$driver" -runs=0 "$root/Fuzz/Corpus/$target" $(flags_for "$target")
    done
}

case ${1:-} in
    build) build ;;
    seed) (($# == 3)) || usage; check_target "$2"; seed "$2" "$3" ;;
    run) (($# >= 3)) || usage; check_target "$2"; shift; run "$@" ;;
    merge) (($# == 2)) || usage; check_target "$2"; merge "$2" ;;
    replay) shift; if (($# == 0)); then replay "${targets[@]}"; else replay "$@"; fi ;;
    *) usage ;;
esac
