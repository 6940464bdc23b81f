/// A question's result in the words every report uses, with the key's answer only when asked for.
enum QuestionWords {
    /// `which-base question: wrong, 0/1 (answered "a": the answer is not right)`.
    static func summary(_ question: QuestionResult, revealing: Bool = false) -> String {
        "\(question.name): \(question.status.rawValue), \(Score.text(question.score))/\(Score.text(question.points))"
            + (question.isCorrect ? "" : " (\(detail(question, revealing: revealing)))")
    }

    /// Why a question did not score: the learner's answer and the reason, then the key's answer
    /// when `revealing`; `answered "b"` for a right one.
    static func detail(_ question: QuestionResult, revealing: Bool) -> String {
        var parts: [String] = []
        if let answer = question.answer { parts.append("answered \(Markup.quoted(answer))") }
        if let reason = question.reason { parts.append(reason) }
        var text = parts.joined(separator: ": ")
        if revealing, !question.isCorrect, let right = question.rightAnswer { text += (text.isEmpty ? "" : "; ") + "the answer is \(right)" }
        return text
    }
}
