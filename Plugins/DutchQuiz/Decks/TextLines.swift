import KnobsPluginAPI

/// One line of a text file: where it starts and ends (without `\n` or a `\r` before it) and its number.
struct TextLine {
    let number: Int
    let start: Int
    let end: Int
    /// Where the next line starts.
    let next: Int
    let bytes: ArraySlice<UInt8>

    /// Whether it holds nothing but blanks.
    var isBlank: Bool {
        bytes.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    /// Whether its first non-blank character is `#`.
    var isComment: Bool {
        bytes.first { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") } == UInt8(ascii: "#")
    }

    /// The whole line, at least one character wide for a caret.
    func range(in source: SourceFile) -> SourceRange {
        SourceRange(start, max(end, min(start + 1, source.bytes.count)))
    }

    /// The fields between separators, each trimmed of spaces, with its range in the file.
    func cells(separator: UInt8, in source: SourceFile) -> [DeckField] {
        var cells: [DeckField] = []
        var fieldStart = start
        var i = start
        while i <= end {
            if i == end || bytes[i] == separator {
                var lo = fieldStart
                var hi = i
                while lo < hi, source.bytes[lo] == UInt8(ascii: " ") { lo += 1 }
                while hi > lo, source.bytes[hi - 1] == UInt8(ascii: " ") { hi -= 1 }
                let range = lo < hi ? SourceRange(lo, hi) : SourceRange(fieldStart, i)
                cells.append(DeckField(text: source.slice(SourceRange(lo, hi)).trimmingBlanks(), range: range))
                fieldStart = i + 1
            }
            i += 1
        }
        return cells
    }
}

/// The lines of a text, `\n` or `\r\n` ended.
struct TextLines: Sequence {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    func makeIterator() -> AnyIterator<TextLine> {
        var start = 0
        var number = 0
        return AnyIterator {
            guard start < bytes.count else { return nil }
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            let next = Swift.min(end + 1, bytes.count)
            if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            number += 1
            let line = TextLine(number: number, start: start, end: end, next: next, bytes: bytes[start..<end])
            start = next
            return line
        }
    }
}
