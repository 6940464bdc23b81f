import Foundation
import KnobsLang
import KnobsNotebook

extension FuzzTarget {
    /// The grading corpus's key (`Tests/GradingCorpus/key.md`), which every fuzzed submission is graded against.
    static let keyPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Tests/GradingCorpus/key.md").path

    /// A grader of the key under small limits, so that a runaway submission ends within the fuzzer's timeout.
    static let grader: Grader = {
        guard let data = FileManager.default.contents(atPath: keyPath) else {
            preconditionFailure("cannot read the fuzzing key \(keyPath)")
        }
        do {
            let key = try Lesson(contentsOfFile: keyPath)
            var limits = evaluatorLimits
            limits.maxSteps = 100_000
            let options = RunOptions(limits: limits, budget: 20, outputCap: 4_096)
            return Grader(key: key, keySHA256: SHA256.hex(data), options: options)
        } catch {
            preconditionFailure("the fuzzing key \(keyPath) does not parse: \(error)")
        }
    }()

    /// Grades `data` as a submission; the score must lie between zero and the
    /// key's worth, a status other than ok must say why, and every report must
    /// render (the JSON one as JSON).
    static func runGrade(_ data: Data) {
        let result = grader.grade(data, name: "submission.md")
        precondition(result.score >= 0 && result.score <= result.maxScore, "score \(result.score) outside 0...\(result.maxScore)")
        precondition(result.status == .ok || result.reason != nil, "status \(result.status) without a reason")
        let context = ReportContext(version: "fuzz", keyPath: "key.md", key: grader.key, keySHA256: grader.keySHA256, options: grader.options)
        for format in ReportFormat.allCases {
            let report = format.render([result], context: context)
            if format == .json {
                precondition((try? JSONSerialization.jsonObject(with: Data(report.utf8))) != nil, "the JSON report is not JSON")
            }
        }
    }
}
