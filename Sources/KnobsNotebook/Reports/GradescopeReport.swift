import Foundation

/// Gradescope's `results.json` for one submission.
///
/// One test per exercise, visible, with its points; one test per hidden
/// check, marked `"visibility": "hidden"` and worth no points of its own (its
/// exercise carries them), so the learner never sees a hidden check or its
/// message; one visible test per question, with its points, whose output
/// names the key's answer only with ``ReportContext/revealAnswers``. The
/// top-level `score` is the submission's.
///
/// A batch of several submissions, when it is not written as a folder of
/// `results.json` files, is one JSON object of them by path.
public struct GradescopeReport: ReportLayout {
    public let context: ReportContext

    public init(context: ReportContext) {
        self.context = context
    }

    public func head(_ batch: ReportBatch) -> String { batch.count == 1 ? "" : "{\n" }

    public func part(_ result: GradeResult, batch: inout ReportBatch) -> String {
        if batch.count == 1 { return results(result) }
        return (batch.added == 1 ? "" : ",\n") + Markup.quoted(result.submission) + ": " + results(result).trimmingCharacters(in: .newlines)
    }

    public func tail(_ batch: ReportBatch) -> String { batch.count == 1 ? "" : "\n}\n" }

    /// The `results.json` of one submission.
    public func results(_ result: GradeResult) -> String {
        var tests: [[String: Any]] = []
        if let run = result.run {
            for exercise in run.exercises {
                let visible = exercise.checks.filter { !$0.hidden }
                var lines = visible.map { "\($0.passed ? "passed" : "failed"): \($0.name)" + ($0.message.map { " — \($0)" } ?? "") }
                if exercise.status != .passed {
                    let hiddenFailed = exercise.checks.contains { $0.hidden && !$0.passed }
                    let why = exercise.status == .failed && hiddenFailed && visible.allSatisfy(\.passed)
                        ? "a hidden check did not pass" : (exercise.reason ?? exercise.status.rawValue)
                    lines.insert("\(exercise.status.rawValue): \(why)", at: 0)
                }
                tests.append(["name": "exercise \(exercise.id)", "score": exercise.score, "max_score": exercise.points,
                              "status": exercise.status == .passed ? "passed" : "failed", "visibility": "visible",
                              "output": lines.joined(separator: "\n")])
                for check in exercise.checks where check.hidden {
                    tests.append(["name": check.name, "score": 0, "max_score": 0, "status": check.passed ? "passed" : "failed",
                                  "visibility": "hidden", "output": check.message ?? check.status.rawValue])
                }
            }
            for question in run.questions {
                let output = question.isCorrect ? "correct: " + QuestionWords.detail(question, revealing: false)
                    : "\(question.status.rawValue): " + QuestionWords.detail(question, revealing: context.revealAnswers)
                tests.append(["name": "question \(question.id)", "score": question.score, "max_score": question.points,
                              "status": question.isCorrect ? "passed" : "failed", "visibility": "visible", "output": output])
            }
        }
        var output = "\(context.keyTitle): \(Score.text(result.score))/\(Score.text(result.maxScore)) (\(result.status.rawValue))"
        if let reason = result.reason { output += "\n\(reason)" }
        let results: [String: Any] = [
            "score": result.score, "execution_time": result.duration, "output": output, "visibility": "visible",
            "stdout_visibility": "hidden", "tests": tests,
            "extra_data": ["key_sha256": context.keySHA256, "status": result.status.rawValue, "knobs_version": context.version, "flags": result.flags,
                           "parameters": context.parameterValues],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: results, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
