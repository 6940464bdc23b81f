/// The learner's copy of a key: the same file without solutions, hidden checks and right answers.
///
/// Exercise cells keep their starter code; prose, code cells, visible checks
/// and hints stay as written; questions keep their text and choices, with no
/// choice marked and `answer: ___` to fill in (see ``LearnerQuestion``).
/// What `knobs release` writes.
public enum LearnerCopy {
    /// The key's text with every solution cell and hidden check cell taken out,
    /// each with one blank line after it so that no gap is left, and every
    /// question's answer taken out of its cell.
    public static func text(of key: Lesson) -> String {
        let lines = LineEdits.lines(of: key.source.text)
        var edits = LineEdits()
        for exercise in key.exercises {
            for cell in (exercise.solution.map { [$0] } ?? []) + exercise.checks.filter(\.isHidden) {
                var end = cell.lines.upperBound  // 0-based: the line after the closing fence
                if end < lines.count, lines[end].allSatisfy(\.isWhitespace) { end += 1 }
                edits.replace((cell.lines.lowerBound - 1)..<min(end, lines.count), with: [])
            }
        }
        for question in key.questions {
            edits.replaceBody(of: question.cell.lines, with: LearnerQuestion.body(of: question, answer: nil))
        }
        return edits.applied(to: key.source.text)
    }
}
