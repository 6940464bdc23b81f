import Foundation

/// Turns source text into tokens.
///
/// Newlines end statements, except inside `( )` and `[ ]`, where a long
/// expression may continue on the next line. Inside `{ }` they count again,
/// since braces hold blocks.
struct Lexer {
    let source: SourceFile
    let bytes: [UInt8]
    var i: Int
    let end: Int
    private var brackets: [UInt8] = []
    private var tokens: [Token] = []

    /// A lexer over the whole file, or over `range` of it (an interpolated expression).
    init(source: SourceFile, range: SourceRange? = nil) {
        self.source = source
        self.bytes = source.bytes
        self.i = range?.start ?? 0
        self.end = range?.end ?? source.bytes.count
    }

    /// Every token, ending with `.end`.
    mutating func tokenize() -> [Token] {
        while true {
            skipSpaceAndComments()
            guard i < end else { break }
            let start = i
            let b = bytes[i]
            if b == UInt8(ascii: "\n") {
                i += 1
                if brackets.last != UInt8(ascii: "("), brackets.last != UInt8(ascii: "[") {
                    if let last = tokens.last, last.kind != .newline {
                        let lineEnd = start > 0 && bytes[start - 1] == UInt8(ascii: "\r") ? start - 1 : start
                        tokens.append(Token(kind: .newline, range: SourceRange(lineEnd, i)))
                    }
                }
                continue
            }
            if isDigit(b) {
                tokens.append(lexNumber())
            } else if isIdentifierStart(at: i) {
                tokens.append(lexIdentifier())
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                tokens.append(lexString())
            } else if let symbol = lexSymbol() {
                track(symbol)
                tokens.append(Token(kind: .symbol(symbol), range: SourceRange(start, i)))
            } else {
                let scalarEnd = nextScalarEnd(start)
                let text = String(decoding: bytes[start..<scalarEnd], as: UTF8.self)
                i = scalarEnd
                let scalar = text.unicodeScalars.first ?? "\u{FFFD}"
                let message = scalar.properties.generalCategory == .control
                    ? "unexpected control character U+\(String(format: "%04X", scalar.value))"
                    : Lexer.lookAlikes[scalar].map { "unexpected character '\(text)': \($0)" } ?? "unexpected character '\(text)'"
                tokens.append(Token(kind: .invalid(message), range: SourceRange(start, i)))
            }
        }
        // The end of the input is shown just after its last visible character, not on an empty line below.
        var last = end
        while last > 0, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n")].contains(bytes[last - 1]),
              last > (tokens.last?.range.end ?? 0) {
            last -= 1
        }
        tokens.append(Token(kind: .end, range: SourceRange(last, last)))
        return tokens
    }

    private mutating func track(_ symbol: Symbol) {
        switch symbol {
        case .leftParen: brackets.append(UInt8(ascii: "("))
        case .leftBracket: brackets.append(UInt8(ascii: "["))
        case .leftBrace: brackets.append(UInt8(ascii: "{"))
        case .rightParen, .rightBracket, .rightBrace: _ = brackets.popLast()
        default: break
        }
    }

    private mutating func skipSpaceAndComments() {
        while i < end {
            let b = bytes[i]
            if b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r") {
                i += 1
            } else if b == UInt8(ascii: "#") {
                while i < end, bytes[i] != UInt8(ascii: "\n") { i += 1 }
            } else if b == UInt8(ascii: "\\"), i + 1 < end, bytes[i + 1] == UInt8(ascii: "\n") {
                i += 2  // an explicit line continuation
            } else {
                return
            }
        }
    }

    private mutating func lexNumber() -> Token {
        let start = i
        var text = ""
        func digits(_ lexer: inout Lexer) {
            while lexer.i < lexer.end, lexer.isDigit(lexer.bytes[lexer.i]) || lexer.bytes[lexer.i] == UInt8(ascii: "_") {
                if lexer.bytes[lexer.i] != UInt8(ascii: "_") { text.append(Character(UnicodeScalar(lexer.bytes[lexer.i]))) }
                lexer.i += 1
            }
        }
        digits(&self)
        if i + 1 < end, bytes[i] == UInt8(ascii: "."), isDigit(bytes[i + 1]) {
            text.append(".")
            i += 1
            digits(&self)
        }
        if i < end, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            var j = i + 1
            if j < end, bytes[j] == UInt8(ascii: "+") || bytes[j] == UInt8(ascii: "-") { j += 1 }
            if j < end, isDigit(bytes[j]) {
                text.append("e")
                if bytes[i + 1] == UInt8(ascii: "-") { text.append("-") }
                i = j
                digits(&self)
            }
        }
        if i < end, isIdentifierStart(at: i) {
            let badStart = i
            while i < end, isIdentifierContinue(at: i) { i = nextScalarEnd(i) }
            let suffix = String(decoding: bytes[badStart..<i], as: UTF8.self)
            return Token(kind: .invalid("a number cannot be followed by '\(suffix)' (write 2*a, not 2a)"), range: SourceRange(start, i))
        }
        return Token(kind: .number(Double(text) ?? .infinity), range: SourceRange(start, i))
    }

    private mutating func lexIdentifier() -> Token {
        let start = i
        while i < end, isIdentifierContinue(at: i) { i = nextScalarEnd(i) }
        let name = String(decoding: bytes[start..<i], as: UTF8.self)
        let range = SourceRange(start, i)
        if let keyword = Keyword(rawValue: name) {
            return Token(kind: .keyword(keyword), range: range)
        }
        return Token(kind: .identifier(name), range: range)
    }

    private mutating func lexSymbol() -> Symbol? {
        for length in [3, 2, 1] where i + length <= end {
            let text = String(decoding: bytes[i..<(i + length)], as: UTF8.self)
            if let symbol = Symbol(rawValue: text) {
                i += length
                return symbol
            }
        }
        return nil
    }

    // MARK: characters

    /// What to write instead of characters that come from other languages or from word processors.
    static let lookAlikes: [Unicode.Scalar: String] = [
        "&": "knobs writes 'and'", "|": "knobs writes 'or'", "!": "knobs writes 'not' (and '!=' for not equal)",
        "\u{201C}": "use a straight quote \"", "\u{201D}": "use a straight quote \"",
        "\u{2018}": "use a straight quote '", "\u{2019}": "use a straight quote '",
        "\u{2212}": "use the minus sign '-'", "\u{00D7}": "use '*' to multiply", "\u{00F7}": "use '/' to divide",
        "\u{00A0}": "a no-break space (U+00A0); use a plain space", "?": "knobs has no '?'; write an if statement",
        "$": "knobs names need no '$'", "`": "strings use \" or '",
    ]

    func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    func isIdentifierStart(at index: Int) -> Bool {
        let b = bytes[index]
        if b == UInt8(ascii: "_") || (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z")) { return true }
        return b >= 0x80 && scalar(at: index).properties.isAlphabetic
    }

    func isIdentifierContinue(at index: Int) -> Bool {
        isIdentifierStart(at: index) || isDigit(bytes[index])
    }

    func nextScalarEnd(_ index: Int) -> Int {
        var j = index + 1
        while j < end, bytes[j] & 0xC0 == 0x80 { j += 1 }
        return j
    }

    private func scalar(at index: Int) -> Unicode.Scalar {
        let stop = nextScalarEnd(index)
        return String(decoding: bytes[index..<stop], as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
    }
}
