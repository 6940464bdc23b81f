/// A learner's copy of a lesson with their answers in place: what the
/// REPL's `:save` writes and what a grader reads.
public enum Submission {
    /// The lesson file's text, each exercise's code replaced by the learner's
    /// (accepted code, else the last attempt, else the starter code), and each
    /// question as a learner's copy holds it with the learner's answer (an
    /// accepted or recorded one, else `___`).
    public static func text(of session: Session) -> String {
        var edits = LineEdits()
        for exercise in session.lesson.exercises {
            var code = session.learnerCode(for: exercise)
            if code.hasSuffix("\n") { code.removeLast() }
            edits.replaceBody(of: exercise.cell.lines, with: code.isEmpty ? [] : code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
        for question in session.lesson.questions {
            edits.replaceBody(of: question.cell.lines, with: LearnerQuestion.body(of: question, answer: session.progress(ofTask: question.id).solved?.code))
        }
        return edits.applied(to: session.lesson.source.text)
    }
}
