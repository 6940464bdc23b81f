import Foundation

/// TAP version 14: one test point per submission, each with a subtest of its checks.
///
/// A submission's point is `ok` when it scored every point. Inside, each
/// check is a point of its own; a failed one carries a YAML block with the
/// author's message. A submission that could not be graded has no subtest and
/// a YAML block with its status and reason.
public enum TAPReport {
    public static func render(_ results: [GradeResult], context: ReportContext) -> String {
        var tap = "TAP version 14\n"
        tap += "# knobs \(context.version) grading '\(description(context.keyID))' (key sha256 \(context.keySHA256))\n"
        tap += "1..\(results.count)\n"
        for (index, result) in results.enumerated() {
            let title = "\(description(result.submission)): \(Score.text(result.score))/\(Score.text(result.maxScore)) \(result.status.rawValue)"
            if let run = result.run, !run.checks.isEmpty {
                tap += "# Subtest: \(description(result.submission))\n"
                tap += "    1..\(run.checks.count)\n"
                for (number, check) in run.checks.enumerated() {
                    tap += "    \(check.passed ? "ok" : "not ok") \(number + 1) - \(description(check.name))\n"
                    if !check.passed {
                        let exercise = run.exercises.first { $0.id == check.exerciseID }
                        let message = check.message ?? "not run: the exercise is \(exercise?.status.rawValue ?? "not run")" + (exercise?.reason.map { " (\($0))" } ?? "")
                        tap += yaml([("message", message), ("status", check.status.rawValue), ("visibility", check.hidden ? "hidden" : "visible")], indent: "      ")
                    }
                }
            }
            tap += "\(result.isFullMarks ? "ok" : "not ok") \(index + 1) - \(title)\n"
            if !result.isFullMarks {
                var fields = [("status", result.status.rawValue), ("score", Score.text(result.score)), ("max_score", Score.text(result.maxScore))]
                if let reason = result.reason { fields.append(("message", reason)) }
                tap += yaml(fields, indent: "  ")
            }
        }
        return tap
    }

    /// A test point's description: no line breaks, and `#` and `\` escaped so that no directive is read into it.
    private static func description(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "#", with: "\\#")
            .replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
    }

    private static func yaml(_ fields: [(String, String)], indent: String) -> String {
        indent + "---\n" + fields.map { "\(indent)\($0.0): \(Markup.quoted($0.1))\n" }.joined() + indent + "...\n"
    }
}
