import Foundation
import KnobsNotebook
import Testing

/// A question answered wrong: no report names the key's answer unless the teacher asks for it.
@Suite("the key's answers stay out of reports")
struct AnswerSafetyTests {
    private static let wrong: (Grader, GradeResult) = {
        let grader = try! GradingSupport.corpusGrader()
        return (grader, grader.grade(file: GradingSupport.corpus.appendingPathComponent("submissions/questions-wrong.md").path))
    }()

    private func render(_ format: ReportFormat, revealing: Bool) -> String {
        let (grader, result) = AnswerSafetyTests.wrong
        var context = GradingSupport.context(grader)
        context.revealAnswers = revealing
        return format.render([result], context: context)
    }

    @Test("without --reveal-answers no format holds the key's answer", arguments: ReportFormat.allCases)
    func hidden(_ format: ReportFormat) {
        #expect(AnswerSafetyTests.wrong.1.run?.questions.map(\.status) == [.wrong, .wrong])
        let report = render(format, revealing: false)
        #expect(report.contains("0.5"), "the learner's own answer is shown")
        #expect(!report.contains("0.4375"), "the numeric key leaked: \(report)")
        #expect(!report.contains("the answer is b"), "the choice key leaked: \(report)")
    }

    @Test("with --reveal-answers every format holds it", arguments: ReportFormat.allCases)
    func revealed(_ format: ReportFormat) {
        let report = render(format, revealing: true)
        #expect(report.contains("0.4375 ± 0.001"), "\(report)")
    }

    @Test("a learner's answer is cut to 200 characters in a result")
    func longAnswer() throws {
        let (grader, _) = AnswerSafetyTests.wrong
        let full = try String(contentsOf: GradingSupport.corpus.appendingPathComponent("submissions/full.md"), encoding: .utf8)
        let long = full.replacingOccurrences(of: "answer: b", with: "answer: " + String(repeating: "a ", count: 100_000))
        let result = grader.grade(Data(long.utf8), name: "long.md")
        let question = try #require(result.run?.questions.first)
        #expect(question.status == .wrong && question.answer?.count == QuestionResult.maxAnswerLength + 1)
    }
}
