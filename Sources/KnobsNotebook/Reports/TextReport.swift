/// The report for a person: a line per submission with its status and score,
/// what was flagged, and each exercise and question that did not score with why.
public struct TextReport: ReportLayout {
    public let context: ReportContext
    public let symbols: Transcript.Symbols

    public init(context: ReportContext, symbols: Transcript.Symbols = .unicode) {
        self.context = context
        self.symbols = symbols
    }

    public func head(_ batch: ReportBatch) -> String {
        let parameters = context.parameterAssignments
        return "\(context.keyPath): \(context.keyTitle) (sha256 \(context.keySHA256.prefix(12))…)\n"
            + (parameters.isEmpty ? "" : "parameters given: \(parameters.joined(separator: ", "))\n")
    }

    public func part(_ result: GradeResult, batch: inout ReportBatch) -> String {
        let mark = result.isFullMarks ? symbols.pass : symbols.fail
        var text = "\n\(mark) \(result.submission): \(Score.text(result.score))/\(Score.text(result.maxScore)), \(result.status.rawValue)"
        text += result.reason.map { " (\($0))" } ?? ""
        text += "\n"
        for exercise in result.run?.exercises ?? [] where exercise.status != .passed {
            text += "    \(exercise.id): \(exercise.status.rawValue)" + (exercise.reason.map { ": \($0)" } ?? "") + "\n"
        }
        for question in result.run?.questions ?? [] where !question.isCorrect {
            text += "    \(question.id): \(question.status.rawValue): \(QuestionWords.detail(question, revealing: context.revealAnswers))\n"
        }
        for flag in result.flags { text += "    flag: \(flag)\n" }
        return text
    }

    public func tail(_ batch: ReportBatch) -> String {
        "\n\(batch.fullMarks) passed, \(batch.added - batch.fullMarks) failed\n"
    }
}
