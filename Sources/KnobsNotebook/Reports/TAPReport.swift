import Foundation

/// TAP version 14: one test point per submission, each with a subtest of its checks and questions.
///
/// A submission's point is `ok` when it scored every point, and carries a
/// YAML block with its status and score. Before it comes a commented subtest
/// (`# Subtest: NAME`, then a stream indented four spaces, as TAP 14 asks)
/// with a point per check and per question; a failed one carries a YAML
/// block, indented two spaces past its point, with the author's message (a
/// question's names the key's answer only with ``ReportContext/revealAnswers``).
/// A submission that could not be graded has no subtest.
///
/// The subtest's name and its correlated point's description are the same
/// text: the description with `\` and `#` escaped, the comment as is.
public struct TAPReport: ReportLayout {
    public let context: ReportContext

    public init(context: ReportContext) {
        self.context = context
    }

    public func head(_ batch: ReportBatch) -> String {
        var tap = "TAP version 14\n"
        tap += "# knobs \(Self.oneLine(context.version)) grading '\(Self.oneLine(context.keyID))' (key sha256 \(context.keySHA256))\n"
        let parameters = context.parameterAssignments
        if !parameters.isEmpty { tap += "# parameters given: \(Self.oneLine(parameters.joined(separator: ", ")))\n" }
        tap += "1..\(batch.count)\n"
        return tap
    }

    public func part(_ result: GradeResult, batch: inout ReportBatch) -> String {
        var tap = ""
        let name = Self.oneLine(result.submission)
        if let run = result.run, !run.checks.isEmpty || !run.questions.isEmpty {
            tap += "# Subtest: \(name)\n"
            tap += Self.subtest(run, revealing: context.revealAnswers)
        }
        tap += "\(result.isFullMarks ? "ok" : "not ok") \(batch.added) - \(Self.escaped(name))\n"
        var fields: [(String, String)] = [("status", Markup.quoted(result.status.rawValue)), ("score", Score.text(result.score)),
                                          ("max_score", Score.text(result.maxScore))]
        if let reason = result.reason { fields.append(("message", Markup.quoted(reason))) }
        tap += Self.yaml(fields, indent: "  ")
        return tap
    }

    public func tail(_ batch: ReportBatch) -> String { "" }

    /// The stream of a submission's checks and questions, indented four spaces.
    private static func subtest(_ run: LessonRun, revealing: Bool) -> String {
        var tap = "    1..\(run.checks.count + run.questions.count)\n"
        var number = 0
        for check in run.checks {
            number += 1
            tap += "    \(check.passed ? "ok" : "not ok") \(number) - \(escaped(check.name))\n"
            if !check.passed {
                let exercise = run.exercises.first { $0.id == check.exerciseID }
                let message = check.message ?? "not run: the exercise is \(exercise?.status.rawValue ?? "not run")" + (exercise?.reason.map { " (\($0))" } ?? "")
                tap += yaml([("message", Markup.quoted(message)), ("status", Markup.quoted(check.status.rawValue)),
                             ("visibility", Markup.quoted(check.hidden ? "hidden" : "visible"))], indent: "      ")
            }
        }
        for question in run.questions {
            number += 1
            tap += "    \(question.isCorrect ? "ok" : "not ok") \(number) - \(escaped(question.name))\n"
            if !question.isCorrect {
                var fields = [("message", Markup.quoted(QuestionWords.detail(question, revealing: revealing))),
                              ("status", Markup.quoted(question.status.rawValue))]
                if let answer = question.answer { fields.append(("answer", Markup.quoted(answer))) }
                if revealing, let right = question.rightAnswer { fields.append(("right_answer", Markup.quoted(right))) }
                tap += yaml(fields, indent: "      ")
            }
        }
        return tap
    }

    /// Text on one line: every kind of line break becomes a space.
    private static func oneLine(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// A test point's description: `\` and `#` escaped, so that no directive is read into it.
    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "#", with: "\\#")
    }

    /// A YAML block of fields whose values are already YAML (numbers, or quoted strings).
    private static func yaml(_ fields: [(String, String)], indent: String) -> String {
        indent + "---\n" + fields.map { "\(indent)\($0.0): \($0.1)\n" }.joined() + indent + "...\n"
    }
}
