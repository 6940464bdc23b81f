extension Lexer {
    /// Reads a string literal in single or double quotes.
    ///
    /// `{expr}` inside interpolates; `\{` and `\}` are literal braces. Escapes:
    /// `\n \t \\ \" \' \u{1F600}`. A string ends on its own line.
    mutating func lexString() -> Token {
        let start = i
        let quote = source.bytes[i]
        i += 1
        var parts: [StringPart] = []
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty { parts.append(.text(String(decoding: text, as: UTF8.self))) }
            text.removeAll()
        }
        while i < endIndex {
            let b = source.bytes[i]
            if b == quote {
                i += 1
                flush()
                return Token(kind: .string(parts), range: SourceRange(start, i))
            }
            if b == UInt8(ascii: "\n") { break }
            if b == UInt8(ascii: "\\") {
                guard i + 1 < endIndex else { break }
                let escapeStart = i
                i += 1
                switch source.bytes[i] {
                case UInt8(ascii: "n"): text.append(10)
                case UInt8(ascii: "t"): text.append(9)
                case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                    text.append(source.bytes[i])
                case UInt8(ascii: "u"):
                    guard let scalar = lexUnicodeEscape() else {
                        let range = SourceRange(escapeStart, i + 1)
                        skipRestOfString(quote)
                        return Token(kind: .invalid("bad unicode escape: write \\u{1F600}"), range: range)
                    }
                    text.append(contentsOf: Array(String(Character(scalar)).utf8))
                    continue
                default:
                    let range = SourceRange(escapeStart, nextScalarEnd(i))
                    let escaped = String(decoding: source.bytes[i..<range.end], as: UTF8.self)
                    skipRestOfString(quote)
                    return Token(kind: .invalid("unknown escape '\\\(escaped)' (use \\\\ for a backslash)"), range: range)
                }
                i += 1
                continue
            }
            if b == UInt8(ascii: "{") {
                flush()
                let open = i
                guard let part = lexInterpolation() else {
                    skipRestOfString(quote)
                    return Token(kind: .invalid("unterminated '{' in string: close it with '}', or write \\{ for a brace"), range: SourceRange(open, open + 1))
                }
                if case .invalidFormat(let spec, let range) = part {
                    skipRestOfString(quote)
                    return Token(kind: .invalid("'\(spec)' is not a format knobs knows: use :.2 (digits after the point), :.2e or :.1%"), range: range)
                }
                parts.append(part)
                continue
            }
            if b == UInt8(ascii: "}") {
                let brace = i
                skipRestOfString(quote)
                return Token(kind: .invalid("unmatched '}' in string: write \\} for a brace"), range: SourceRange(brace, brace + 1))
            }
            text.append(b)
            i += 1
        }
        return Token(kind: .invalid("unterminated string: close it with \(quote == UInt8(ascii: "\"") ? "\"" : "'") on the same line"), range: SourceRange(start, i))
    }

    private var endIndex: Int { end }

    /// After an error inside a string: moves past its closing quote, or to the end of the line.
    private mutating func skipRestOfString(_ quote: UInt8) {
        while i < endIndex, source.bytes[i] != UInt8(ascii: "\n") {
            let b = source.bytes[i]
            i += b == UInt8(ascii: "\\") ? 2 : 1
            if b == quote { return }
        }
        i = min(i, endIndex)
    }

    /// After `{`: finds the matching `}` on the same line, skipping nested strings.
    private mutating func lexInterpolation() -> StringPart? {
        let open = i
        var depth = 0
        var j = i + 1
        var colon: Int?
        while j < endIndex {
            let b = source.bytes[j]
            if b == UInt8(ascii: "\n") { return nil }
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                j += 1
                while j < endIndex, source.bytes[j] != b, source.bytes[j] != UInt8(ascii: "\n") {
                    j += source.bytes[j] == UInt8(ascii: "\\") ? 2 : 1
                }
                j += 1
                continue
            }
            if b == UInt8(ascii: "(") || b == UInt8(ascii: "[") || b == UInt8(ascii: "{") { depth += 1 }
            if b == UInt8(ascii: ")") || b == UInt8(ascii: "]") { depth -= 1 }
            if b == UInt8(ascii: ":"), depth == 0 { colon = j }
            if b == UInt8(ascii: "}") {
                if depth == 0 {
                    i = j + 1
                    if let colon {
                        let spec = String(decoding: source.bytes[(colon + 1)..<j], as: UTF8.self)
                        if let format = NumberFormat(spec: Substring(spec)) {
                            return .code(SourceRange(open + 1, colon), format: format)
                        }
                        return .invalidFormat(":" + spec, SourceRange(colon, j))
                    }
                    return .code(SourceRange(open + 1, j), format: nil)
                }
                depth -= 1
            }
            j += 1
        }
        return nil
    }

    private mutating func lexUnicodeEscape() -> Unicode.Scalar? {
        // at 'u'
        guard i + 1 < endIndex, source.bytes[i + 1] == UInt8(ascii: "{") else { return nil }
        var j = i + 2
        var hex = ""
        while j < endIndex, source.bytes[j] != UInt8(ascii: "}"), hex.count <= 8 {
            hex.append(Character(UnicodeScalar(source.bytes[j])))
            j += 1
        }
        guard j < endIndex, let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else { return nil }
        i = j + 1
        return scalar
    }
}
