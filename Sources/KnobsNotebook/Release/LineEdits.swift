/// Changes to a text's lines, each replacing a range of whole lines, made
/// from the bottom up so that one change does not move the lines of another.
struct LineEdits {
    private var edits: [(range: Range<Int>, lines: [String])] = []

    /// Replaces the lines in `range` (0-based indexes) with `lines`.
    mutating func replace(_ range: Range<Int>, with lines: [String]) {
        edits.append((range, lines))
    }

    /// Replaces the lines between a cell's fences (`fences`: 1-based, both included) with `lines`.
    mutating func replaceBody(of fences: ClosedRange<Int>, with lines: [String]) {
        replace(fences.lowerBound..<(fences.upperBound - 1), with: lines)
    }

    /// The text with every change made; a change past the text's end is left out.
    func applied(to text: String) -> String {
        var all = LineEdits.lines(of: text).map(String.init)
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) where edit.range.upperBound <= all.count {
            all.replaceSubrange(edit.range, with: edit.lines)
        }
        return all.joined(separator: "\n")
    }

    /// The lines of `text` as the lesson parser counts them (``LessonLines``): split at every
    /// line feed, a carriage return before it staying on its line. `split(separator: "\n")` does
    /// not split at `\r\n`, which Swift counts as one character, so a line numbered by the
    /// parser would be another line of its result.
    static func lines(of text: String) -> [Substring] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Substring.init)
    }
}
