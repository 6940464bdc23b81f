import KnobsPluginAPI

/// A deck file's bytes as text for diagnostics: a byte order mark dropped, invalid UTF-8 found.
struct DeckText {
    /// The text (without the byte order mark); invalid bytes read as U+FFFD.
    let source: SourceFile
    /// The problem with the encoding, if any: the first invalid byte, with the lines of the others.
    let encodingProblem: Diagnostic?

    init(bytes: [UInt8], name: String) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let text = Array(body)
        source = SourceFile(name: name, text: String(decoding: text, as: UTF8.self))
        let invalid = DeckText.invalidBytes(text)
        guard let first = invalid.first else {
            encodingProblem = nil
            return
        }
        var others: [Int] = []
        for (_, line) in invalid where line != first.line && others.last != line { others.append(line) }
        let byte = String(text[first.offset], radix: 16, uppercase: true)
        encodingProblem = Diagnostic(
            .syntax, "the file is not valid UTF-8: byte 0x\(byte) cannot start or continue a character here",
            source: source, range: SourceRange(first.offset, first.offset + 1), label: "not UTF-8",
            hint: "save the deck as UTF-8 (a spreadsheet calls it \"Unicode (UTF-8)\" when it exports text)",
            notes: others.isEmpty ? [] : ["there are more invalid bytes on line\(others.count == 1 ? "" : "s") \(others.prefix(10).map(String.init).joined(separator: ", "))\(others.count > 10 ? ", …" : "")"]
        )
    }

    /// The offset and 1-based line of the first byte of every invalid UTF-8 sequence
    /// (RFC 3629: no overlong forms, surrogates or values above U+10FFFF), in one pass.
    private static func invalidBytes(_ bytes: [UInt8]) -> [(offset: Int, line: Int)] {
        var found: [(offset: Int, line: Int)] = []
        var line = 1
        var i = 0
        while i < bytes.count {
            let length = validSequenceLength(bytes, at: i)
            if length == 0 {
                found.append((i, line))
                i += 1
            } else {
                if bytes[i] == UInt8(ascii: "\n") { line += 1 }
                i += length
            }
        }
        return found
    }

    /// The length of the valid UTF-8 sequence starting at `i`, or 0 when none starts there.
    private static func validSequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
        let lead = bytes[i]
        let second: ClosedRange<UInt8>
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
        case 0xE0: (length, second) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, 0x80...0xBF)
        case 0xED: (length, second) = (3, 0x80...0x9F)
        case 0xF0: (length, second) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
        case 0xF4: (length, second) = (4, 0x80...0x8F)
        default: return 0
        }
        guard i + length <= bytes.count, second.contains(bytes[i + 1]) else { return 0 }
        for k in 2..<length where !(0x80...0xBF).contains(bytes[i + k]) { return 0 }
        return length
    }
}
