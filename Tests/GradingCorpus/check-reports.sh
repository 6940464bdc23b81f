#!/usr/bin/env bash
# Grades every bundled lesson twice, in every report format, and has each
# report read by a real consumer:
#   - the key run with its solutions must get full marks (exit 0),
#   - the released copy graded against the key must score 0 (exit 1);
#   JSON by Python's jsonschema against docs/grading-report.schema.json,
#   JUnit XML by junitparser, TAP by node-tap's tap-parser in strict mode (a
#   TAP 14 consumer; check-tap.py checks what it read at every level) and by
#   prove (TAP 13: it reads the points and reports the version line),
#   Gradescope's results.json by Python's json with its fields checked.
#
# Usage: bash Tests/GradingCorpus/check-reports.sh path/to/knobs
# Needs python3 with jsonschema and junitparser (pip install jsonschema junitparser),
# tap-parser (Debian: node-tap-parser) and prove.
set -euo pipefail

knobs=$(realpath "${1:?give the knobs executable}")
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
# Debian's node modules, for a Node.js that does not look there by itself.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
command -v tap-parser >/dev/null || { echo "error: tap-parser is not installed (Debian: node-tap-parser)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
schema=docs/grading-report.schema.json

expect_exit() {
    local want=$1; shift
    local got=0
    "$@" || got=$?
    if ((got != want)); then
        echo "error: exit $got, not $want: $*" >&2
        exit 1
    fi
}

validate() {
    local format=$1 file=$2 score=$3  # score: what each submission must get; -1 for full marks
    case $format in
        json) python3 - "$schema" "$file" "$score" <<'PY'
import json, sys, jsonschema
schema, report, score = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), float(sys.argv[3])
jsonschema.Draft202012Validator(schema).validate(report)
got = [s["score"] for s in report["submissions"]]
assert all(g == (score if score >= 0 else s["maxScore"]) for g, s in zip(got, report["submissions"])), got
PY
        ;;
        junit) python3 - "$file" "$score" <<'PY'
import sys
from junitparser import JUnitXml
suites, score = list(JUnitXml.fromfile(sys.argv[1])), float(sys.argv[2])
assert len(suites) == 1 and len(list(suites[0])) > 0, "one suite, for the one submission, with a case per check and question"
failing = [case.name for case in suites[0] if case.result]
if score < 0:
    assert not failing, f"full marks, yet these cases fail: {failing}"
else:
    assert len(failing) == len(list(suites[0])), "a copy that scores 0 passes no case"
PY
        ;;
        tap) local out passed=$((score < 0 ? 1 : 0))
            tap-parser --json=0 --strict <"$file" >"$file.events.json" || true
            python3 Tests/GradingCorpus/check-tap.py "$file.events.json" 1 "$passed"
            out=$(prove --exec cat "$file" 2>&1 || true)
            # Test::Harness before 3.48 knows TAP 13 and reports the version line; nothing else may be wrong.
            if grep "Parse errors" <<<"$out" | grep -qv "TAP specified version 14"; then
                echo "$out" >&2; exit 1
            fi
            grep -q "Tests: 1 " <<<"$out" || { echo "$out" >&2; exit 1; }
        ;;
        gradescope) python3 - "$file" "$score" <<'PY'
import json, sys
result, score = json.load(open(sys.argv[1])), float(sys.argv[2])
assert score < 0 or result["score"] == score, result["score"]
for test in result["tests"]:
    assert {"name", "score", "max_score", "visibility", "output"} <= test.keys(), test
    assert test["visibility"] in ("visible", "hidden")
assert any(t["visibility"] == "hidden" for t in result["tests"]) or "hidden" not in open(sys.argv[1]).read()
PY
        ;;
        text) grep -Eq '^[0-9]+ passed, [0-9]+ failed$' "$file" ;;
    esac
}

for key in lessons/*.md; do
    name=$(basename "$key" .md)
    [[ $name == README ]] && continue  # the syllabus, not a lesson
    "$knobs" release "$key" -o "$work/released" > /dev/null
    for format in text json junit tap gradescope; do
        expect_exit 0 "$knobs" run "$key" --solutions --format "$format" --out "$work/$name-solved.$format"
        validate "$format" "$work/$name-solved.$format" -1
        expect_exit 1 "$knobs" grade --key "$key" "$work/released/$name.md" --format "$format" --out "$work/$name-released.$format"
        validate "$format" "$work/$name-released.$format" 0
    done
    echo "ok: $name, with its solutions and released, in text, json, junit, tap and gradescope"
done
