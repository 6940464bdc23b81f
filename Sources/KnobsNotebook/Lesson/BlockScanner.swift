import KnobsLang

/// Cuts a lesson's body into prose and `knobs` cells.
///
/// Fenced blocks of other languages (and `knobs` examples inside a longer
/// fence, as in a page that shows a lesson) stay part of the prose.
struct BlockScanner {
    /// A run of lines of the body.
    enum Block {
        /// Lines of Markdown (indexes into the lesson's lines, both included).
        case prose(first: Int, last: Int)
        /// A `knobs` cell: the fence line, the lines between, and the closing line (nil when it never closes).
        case cell(fence: Fence, open: Int, close: Int?)
    }

    /// The blocks from line index `start` on; a fence left open is reported in `problems`.
    static func scan(_ text: LessonLines, from start: Int, problems: inout [Diagnostic]) -> [Block] {
        let lines = text.lines
        var blocks: [Block] = []
        var proseStart: Int?
        var index = start
        func endProse(before end: Int) {
            if let first = proseStart, first < end { blocks.append(.prose(first: first, last: end - 1)) }
            proseStart = nil
        }
        while index < lines.count {
            guard let fence = Fence(opening: lines[index].text) else {
                if proseStart == nil { proseStart = index }
                index += 1
                continue
            }
            let close = lines[(index + 1)...].firstIndex { fence.isClosed(by: $0.text) }
            if fence.isKnobsCell {
                endProse(before: index)
                blocks.append(.cell(fence: fence, open: index, close: close))
                if close == nil {
                    problems.append(text.problem("this cell is never closed", at: lines[index], span: lines[index].text.trimmingWhitespace(),
                                                 hint: "end it with a line of \(String(repeating: fence.character, count: fence.length))"))
                }
            } else {
                if proseStart == nil { proseStart = index }
                if close == nil {
                    problems.append(text.problem("this code block is never closed, so the rest of the lesson is inside it", at: lines[index],
                                                 span: lines[index].text.trimmingWhitespace(),
                                                 hint: "end it with a line of \(String(repeating: fence.character, count: fence.length))"))
                }
            }
            index = (close ?? lines.count - 1) + 1
        }
        endProse(before: lines.count)
        return blocks
    }
}
