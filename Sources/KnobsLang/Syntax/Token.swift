/// One lexical token with its place in the source.
struct Token: Sendable {
    var kind: TokenKind
    var range: SourceRange
}

/// A piece of a string literal: plain text, or `{expression}` to interpolate.
enum StringPart: Sendable, Equatable {
    case text(String)
    /// The byte range of the expression inside the braces, and an optional `:.N` format.
    case code(SourceRange, format: NumberFormat?)
    /// `{x:.99}`: a format that is not one knobs knows; the lexer reports it.
    case invalidFormat(String, SourceRange)
}

/// What a token is.
enum TokenKind: Sendable, Equatable {
    case number(Double)
    case string([StringPart])
    case identifier(String)
    case keyword(Keyword)
    case symbol(Symbol)
    case newline
    case end
    /// A character or literal the lexer could not read; the message says why.
    case invalid(String)
}

/// The reserved words of the language.
enum Keyword: String, Sendable, CaseIterable {
    case fn, `return`, `if`, `else`, `while`, `for`, `in`, `break`, `continue`
    case and, or, not, `true`, `false`, `nil`, global, nonlocal
}

/// Operators and punctuation.
enum Symbol: String, Sendable, CaseIterable {
    case plus = "+", minus = "-", star = "*", slash = "/", percent = "%", caret = "^", at = "@"
    case equal = "=", equalEqual = "==", bangEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case plusEqual = "+=", minusEqual = "-=", starEqual = "*=", slashEqual = "/="
    case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]", leftBrace = "{", rightBrace = "}"
    case comma = ",", dot = ".", colon = ":", semicolon = ";", arrow = "->"
    case halfOpenRange = "..<", closedRange = "..."
}

extension TokenKind {
    /// How the token reads in an error message: `'+'`, `a number`, `the end of the line`.
    var spelled: String {
        switch self {
        case .number: return "a number"
        case .string: return "a string"
        case .identifier(let name): return "'\(name)'"
        case .keyword(let k): return "'\(k.rawValue)'"
        case .symbol(let s): return "'\(s.rawValue)'"
        case .newline: return "the end of the line"
        case .end: return "the end of the input"
        case .invalid(let why): return why
        }
    }
}
