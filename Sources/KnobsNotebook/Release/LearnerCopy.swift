/// The learner's copy of a key: the same file without solutions and hidden checks.
///
/// Exercise cells keep their starter code; prose, code cells, visible checks,
/// hints and questions stay as written. What `knobs release` writes.
public enum LearnerCopy {
    /// The key's text with every solution cell and hidden check cell taken out,
    /// each with one blank line after it so that no gap is left.
    public static func text(of key: Lesson) -> String {
        var removed: [ClosedRange<Int>] = []
        for exercise in key.exercises {
            if let solution = exercise.solution { removed.append(solution.lines) }
            removed += exercise.checks.filter(\.isHidden).map(\.lines)
        }
        var lines = key.source.text.split(separator: "\n", omittingEmptySubsequences: false)
        // From the bottom up, so that taking out one cell does not move the ones above.
        for range in removed.sorted(by: { $0.lowerBound > $1.lowerBound }) {
            var last = range.upperBound  // 1-based
            if last < lines.count, lines[last].allSatisfy(\.isWhitespace) { last += 1 }
            lines.removeSubrange((range.lowerBound - 1)..<min(last, lines.count))
        }
        return lines.joined(separator: "\n")
    }
}
