/// Knobs source cut into pieces by their role, for colouring code in a terminal or an editor.
///
/// The pieces come from the language's own lexer, so a highlighter never
/// disagrees with the parser about what is a keyword, a number or a string.
/// Together they hold every character of the source, in order: joined, they
/// give it back unchanged. Code inside `{ }` in a string is highlighted as code.
///
/// ```swift
/// SyntaxHighlighter.pieces(of: "w = 0.5  # start")
/// // name "w", plain " ", operator "=", plain " ", number "0.5", plain "  ", comment "# start"
/// ```
public enum SyntaxHighlighter {
    /// What a piece of source is.
    public enum Role: Sendable, Equatable {
        /// Spaces, newlines and anything between tokens that is not a comment.
        case plain
        /// `fn`, `if`, `for`, `return`, `and` …
        case keyword
        /// `true`, `false`, `nil`.
        case literal
        case number
        /// A string literal, quotes included (without the code inside `{ }`).
        case string
        /// A name of the program's own.
        case name
        /// A name from the library (`sqrt`, `train`, `plot`).
        case libraryName
        /// `+`, `=`, `..<`, `->` …
        case `operator`
        /// Brackets, braces, commas, dots, colons and semicolons.
        case punctuation
        /// From `#` to the end of the line.
        case comment
        /// Something the lexer cannot read (a stray character, an unterminated string).
        case invalid
    }

    /// One piece of source and its role.
    public struct Piece: Sendable, Equatable {
        public var role: Role
        public var text: String

        public init(_ role: Role, _ text: String) {
            self.role = role
            self.text = text
        }
    }

    /// The names of the standard library.
    public static let standardLibraryNames: Set<String> = Set(StandardLibrary.entries.map(\.name))

    /// The pieces of `code`, in order; `libraryNames` are the names to mark as the library's.
    public static func pieces(of code: String, libraryNames: Set<String> = standardLibraryNames) -> [Piece] {
        let source = SourceFile(name: "", text: code)
        var cutter = Cutter(source: source, libraryNames: libraryNames)
        cutter.cut(Lexer(source: source))
        cutter.emit(.plain, upTo: source.bytes.count)
        return cutter.pieces
    }

    /// Walks tokens and the gaps between them, appending pieces.
    private struct Cutter {
        let source: SourceFile
        let libraryNames: Set<String>
        var pieces: [Piece] = []
        var cursor = 0

        init(source: SourceFile, libraryNames: Set<String>) {
            self.source = source
            self.libraryNames = libraryNames
        }

        mutating func cut(_ lexer: Lexer) {
            var lexer = lexer
            for token in lexer.tokenize() {
                gap(upTo: token.range.start)
                switch token.kind {
                case .end:
                    continue
                case .string(let parts):
                    for case .code(let range, _) in parts {
                        emit(.string, upTo: range.start)
                        cut(Lexer(source: source, range: range))
                        gap(upTo: range.end)
                    }
                    emit(.string, upTo: token.range.end)
                default:
                    emit(role(of: token.kind), upTo: token.range.end)
                }
            }
        }

        /// Text between tokens: space, line continuations and comments.
        private mutating func gap(upTo end: Int) {
            while cursor < end {
                if let hash = source.bytes[cursor..<end].firstIndex(of: UInt8(ascii: "#")) {
                    emit(.plain, upTo: hash)
                    let lineEnd = source.bytes[hash..<end].firstIndex(of: UInt8(ascii: "\n")) ?? end
                    emit(.comment, upTo: lineEnd)
                } else {
                    emit(.plain, upTo: end)
                }
            }
        }

        /// Appends the source from the cursor up to `end` as one piece (joined to the last when the role is the same).
        mutating func emit(_ role: Role, upTo end: Int) {
            guard end > cursor else { return }
            let text = source.slice(SourceRange(cursor, end))
            cursor = end
            if let last = pieces.last, last.role == role {
                pieces[pieces.count - 1].text += text
            } else {
                pieces.append(Piece(role, text))
            }
        }

        private func role(of kind: TokenKind) -> Role {
            switch kind {
            case .number: return .number
            case .string: return .string
            case .identifier(let name): return libraryNames.contains(name) ? .libraryName : .name
            case .keyword(.true), .keyword(.false), .keyword(.nil): return .literal
            case .keyword: return .keyword
            case .symbol(let symbol):
                switch symbol {
                case .leftParen, .rightParen, .leftBracket, .rightBracket, .leftBrace, .rightBrace,
                     .comma, .dot, .colon, .semicolon:
                    return .punctuation
                default:
                    return .operator
                }
            case .newline, .end: return .plain
            case .invalid: return .invalid
            }
        }
    }
}
