extension Session {
    /// Answers the current question: letters for choices, a number for a numeric question.
    ///
    /// A right answer is recorded and finishes the question; a wrong one
    /// brings out the next hint. Something that is not an answer at all (a
    /// word where a number belongs) is not counted. A learner's copy has no
    /// key to judge by: its answer is recorded as given (``Question/Verdict/recorded``),
    /// finishes the question, and goes into the submission for the grader.
    ///
    /// - Throws: ``SessionError/notAQuestion`` when the current step is not a question.
    public func answer(_ text: String) throws -> AnswerResult {
        guard case .question(let question) = current else { throw SessionError.notAQuestion }
        var record = progress(ofTask: question.id)
        let verdict = question.judge(text)
        var hint: RevealedHint?
        switch verdict {
        case .invalid:
            return AnswerResult(verdict: verdict, hint: nil, progress: record)
        case .correct, .recorded:
            record.attempts += 1
            record.solved = TaskProgress.Solved(code: text, solvedAt: clock())
            if position == frontier { frontier += 1 }
        case .wrong:
            record.attempts += 1
            hint = reveal(question.hints, &record)
        }
        tasks[question.id] = record
        return AnswerResult(verdict: verdict, hint: hint, progress: record)
    }
}
