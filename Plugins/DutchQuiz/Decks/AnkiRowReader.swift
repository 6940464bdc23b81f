import KnobsPluginAPI

/// Reads the rows of an Anki export after its header, with Anki's CSV quoting.
struct AnkiRowReader {
    let source: SourceFile
    let separator: UInt8
    private(set) var problems: [Diagnostic] = []

    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    init(source: SourceFile, separator: UInt8) {
        self.source = source
        self.separator = separator
    }

    /// Every note from byte `start` on; blank lines and `#` comment lines are skipped.
    mutating func rows(from start: Int) -> [AnkiNotes.Row] {
        let bytes = source.bytes
        var rows: [AnkiNotes.Row] = []
        var i = start
        while i < bytes.count {
            let lineEnd = bytes[i...].firstIndex(of: AnkiRowReader.newline) ?? bytes.count
            let line = bytes[i..<lineEnd]
            if line.allSatisfy({ $0 == AnkiRowReader.carriageReturn || $0 == UInt8(ascii: " ") }) || line.first == UInt8(ascii: "#") {
                i = lineEnd + 1
                continue
            }
            guard let (row, next) = row(at: i) else { break }
            rows.append(row)
            i = next
        }
        return rows
    }

    /// The note starting at `start` and where the next one starts, or nil after an unclosed quote.
    private mutating func row(at start: Int) -> (AnkiNotes.Row, Int)? {
        let bytes = source.bytes
        var row = AnkiNotes.Row(line: source.location(of: start).line, fields: [], ranges: [], verbatim: [])
        var i = start
        while true {
            let fieldStart = i
            if i < bytes.count, bytes[i] == AnkiRowReader.quote {
                var value: [UInt8] = []
                i += 1
                while true {
                    guard i < bytes.count else {
                        problems.append(source.deckProblem(
                            "this quoted field is never closed", at: SourceRange(fieldStart, fieldStart + 1), label: "opened here",
                            hint: "end the field with \"; write a quote inside a quoted field as \"\""))
                        return nil
                    }
                    if bytes[i] == AnkiRowReader.quote {
                        if i + 1 < bytes.count, bytes[i + 1] == AnkiRowReader.quote {
                            value.append(AnkiRowReader.quote)
                            i += 2
                            continue
                        }
                        i += 1
                        break
                    }
                    value.append(bytes[i])
                    i += 1
                }
                row.fields.append(String(decoding: value, as: UTF8.self))
                row.ranges.append(SourceRange(fieldStart, i))
                row.verbatim.append(false)
                if i < bytes.count, bytes[i] != separator, bytes[i] != AnkiRowReader.newline, bytes[i] != AnkiRowReader.carriageReturn {
                    problems.append(source.deckProblem(
                        "expected a separator or the end of the line after a closing quote", at: SourceRange(i, i + 1),
                        hint: "a quote inside a quoted field is written \"\""))
                    while i < bytes.count, bytes[i] != separator, bytes[i] != AnkiRowReader.newline { i += 1 }
                }
            } else {
                while i < bytes.count, bytes[i] != separator, bytes[i] != AnkiRowReader.newline { i += 1 }
                var end = i
                if end > fieldStart, bytes[end - 1] == AnkiRowReader.carriageReturn { end -= 1 }
                row.fields.append(source.slice(SourceRange(fieldStart, end)))
                row.ranges.append(SourceRange(fieldStart, end))
                row.verbatim.append(true)
            }
            if i < bytes.count, bytes[i] == separator {
                i += 1
                continue
            }
            if i < bytes.count, bytes[i] == AnkiRowReader.carriageReturn { i += 1 }
            return (row, min(i + 1, bytes.count))
        }
    }

    /// A header value (`#columns:`) split at the separator.
    static func split(_ text: String, separator: UInt8) -> [String] {
        text.split(separator: Character(Unicode.Scalar(separator)), omittingEmptySubsequences: false).map { $0.trimmingBlanks() }
    }
}
