import KnobsLang

/// A lesson's text cut into lines, each with the byte offset where it starts,
/// so that any problem can be reported at its `file:line:col`.
struct LessonLines {
    /// One line, without its line break (nor a `\r` before it).
    struct Line {
        /// 1-based.
        let number: Int
        let text: Substring
        /// The UTF-8 offset of the line's first byte in the file.
        let offset: Int
    }

    let source: SourceFile
    let lines: [Line]

    init(source: SourceFile) {
        self.source = source
        let bytes = source.bytes
        var lines: [Line] = []
        var start = 0
        // A final newline ends the last line; it does not start another.
        while start < bytes.count || lines.isEmpty {
            let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            var end = newline
            if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            lines.append(Line(number: lines.count + 1, text: text[...], offset: start))
            start = newline + 1
        }
        self.lines = lines
    }

    /// A problem with the lesson, spanning `text` (a part of `line`) or the whole line.
    func problem(_ message: String, at line: Line, span text: Substring? = nil, label: String? = nil, hint: String? = nil) -> Diagnostic {
        let span = text ?? line.text
        let start = line.offset + line.text.utf8.distance(from: line.text.startIndex, to: span.startIndex)
        let end = start + max(1, span.utf8.count)
        return Diagnostic(.syntax, message, source: source, range: SourceRange(start, end), label: label, hint: hint)
    }

    /// A problem at a 1-based line and column (counted in Unicode scalars, as YAML counts them),
    /// spanning `length` scalars, or the word there when the length is not known.
    func problem(_ message: String, line number: Int, column: Int, length: Int? = nil, hint: String? = nil) -> Diagnostic {
        guard let line = lines.first(where: { $0.number == number }) else {
            return Diagnostic(.syntax, message, source: source, range: SourceRange(source.bytes.count, source.bytes.count), hint: hint)
        }
        let scalars = line.text.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: max(0, column - 1), limitedBy: scalars.endIndex) ?? scalars.endIndex
        let rest = line.text[start...]
        if let length, length > 0 {
            let end = rest.unicodeScalars.index(start, offsetBy: length, limitedBy: rest.endIndex) ?? rest.endIndex
            return problem(message, at: line, span: line.text[start..<end], hint: hint)
        }
        let word = rest.prefix { !$0.isWhitespace }
        return problem(message, at: line, span: word.isEmpty ? rest : word, hint: hint)
    }
}
