"""Checks a TAP 14 report as node-tap's own parser read it, at every level.

    tap-parser --json=0 --strict < report.tap > events.json
    python3 check-tap.py events.json POINTS [PASSED]

tap-parser (Debian's node-tap-parser) is the parser of node-tap, whose
author wrote the TAP 14 specification. This script fails (exit 1, the
problems on stderr) unless: the stream declares version 14 and its
subtests none; no line at any level is non-TAP (strict mode reports
those); every subtest is introduced by `# Subtest: NAME` and ended by a
test point with that very description whose ok agrees with the subtest;
every plan matches its points; the top level has POINTS points, PASSED
of them ok (when given).
"""
import json
import sys

problems = []


def read(events, depth):
    """Checks one level; returns its subtest name (or None) and its final results."""
    name, pending, complete = None, None, None
    version = [value for kind, value in events if kind == "version"]
    if depth == 0 and version != [14]:
        problems.append(f"the version is {version}, not [14]")
    if depth > 0 and version:
        problems.append(f"a subtest at depth {depth} declares a version")
    for kind, value in events:
        if kind == "comment" and depth > 0 and name is None and value.startswith("# Subtest: "):
            name = value[len("# Subtest: "):].rstrip("\n")
        elif kind == "extra":
            problems.append(f"non-TAP at depth {depth}: {value!r}")
        elif kind == "child":
            pending = read(value, depth + 1)
        elif kind == "assert":
            if pending is not None:
                child_name, child_results = pending
                if child_name is None:
                    problems.append(f"the subtest before {value['name']!r} has no '# Subtest: NAME' comment")
                elif child_name != value["name"]:
                    problems.append(f"subtest {child_name!r} is ended by {value['name']!r}")
                if child_results is None or child_results["ok"] != value["ok"]:
                    problems.append(f"subtest {child_name!r} and its test point disagree")
                pending = None
        elif kind == "complete":
            complete = value
    if complete is None:
        problems.append(f"a stream at depth {depth} never completes")
        return name, None
    for failure in complete.get("failures", []):
        if "tapError" in failure:
            problems.append(f"at depth {depth}: {failure['tapError']}: {failure.get('data', '')!r}")
    plan = complete.get("plan", {})
    if plan.get("start") != 1 or plan.get("end") != complete["count"]:
        problems.append(f"at depth {depth} the plan {plan.get('start')}..{plan.get('end')} does not match {complete['count']} points")
    return name, complete


def main():
    events = json.load(open(sys.argv[1]))
    _, results = read(events, 0)
    points = int(sys.argv[2])
    if results is not None and results["count"] != points:
        problems.append(f"{results['count']} points, not {points}")
    if results is not None and len(sys.argv) > 3 and results["pass"] != int(sys.argv[3]):
        problems.append(f"{results['pass']} points ok, not {sys.argv[3]}")
    for problem in problems:
        print(f"check-tap.py: {problem}", file=sys.stderr)
    sys.exit(1 if problems else 0)


main()
