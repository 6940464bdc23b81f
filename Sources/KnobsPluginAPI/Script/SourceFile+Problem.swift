/// Diagnostics at a line and column of a plugin's files.
extension SourceFile {
    /// A bad-input problem at 1-based `line` and `column` (in Unicode scalars), spanning the word there.
    func problem(_ message: String, line: Int, column: Int, hint: String? = nil) -> Diagnostic {
        var offset = 0
        var currentLine = 1
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while currentLine < line, index < scalars.count {
            if scalars[index] == "\n" { currentLine += 1 }
            offset += String(scalars[index]).utf8.count
            index += 1
        }
        var column = column
        while column > 1, index < scalars.count, scalars[index] != "\n" {
            offset += String(scalars[index]).utf8.count
            index += 1
            column -= 1
        }
        var end = offset
        while index < scalars.count, !scalars[index].properties.isWhitespace {
            end += String(scalars[index]).utf8.count
            index += 1
        }
        return Diagnostic(.syntax, message, source: self, range: SourceRange(offset, min(max(end, offset + 1), bytes.count)), hint: hint)
    }
}
