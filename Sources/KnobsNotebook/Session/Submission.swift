/// A learner's copy of a lesson with their exercise code in place: what the
/// REPL's `:save` writes and what a grader reads.
public enum Submission {
    /// The lesson file's text, each exercise's code replaced by the learner's
    /// (accepted code, else the last attempt, else the starter code).
    public static func text(of session: Session) -> String {
        var lines = session.lesson.source.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // From the bottom up, so that replacing one cell does not move the ones above.
        for exercise in session.lesson.exercises.sorted(by: { $0.cell.lines.lowerBound > $1.cell.lines.lowerBound }) {
            let fences = exercise.cell.lines
            let body = (fences.lowerBound)..<(fences.upperBound - 1)  // 0-based: the lines between the fences
            guard body.lowerBound <= body.upperBound, body.upperBound <= lines.count else { continue }
            var code = session.learnerCode(for: exercise)
            if code.hasSuffix("\n") { code.removeLast() }
            lines.replaceSubrange(body, with: code.isEmpty ? [] : code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
        return lines.joined(separator: "\n")
    }
}
