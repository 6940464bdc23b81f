import Testing
@testable import KnobsLang

/// The tokens the lexer makes of small inputs.
@Suite("Lexer")
struct LexerTests {
    private func kinds(_ text: String) -> [TokenKind] {
        var lexer = Lexer(source: SourceFile(name: "test", text: text))
        return lexer.tokenize().map(\.kind)
    }

    @Test("newlines end statements, but not inside parentheses or brackets")
    func newlinesInBrackets() {
        #expect(kinds("f(1,\n2)\nx") == [
            .identifier("f"), .symbol(.leftParen), .number(1), .symbol(.comma), .number(2), .symbol(.rightParen),
            .newline, .identifier("x"), .end,
        ])
        #expect(kinds("[1,\n2]") == [.symbol(.leftBracket), .number(1), .symbol(.comma), .number(2), .symbol(.rightBracket), .end])
    }

    @Test("inside braces newlines count again, since braces hold blocks")
    func newlinesInBraces() {
        #expect(kinds("{\nx\n}") == [.symbol(.leftBrace), .newline, .identifier("x"), .newline, .symbol(.rightBrace), .end])
    }

    @Test("blank lines and comments make one newline token")
    func blankLinesAndComments() {
        #expect(kinds("x # note\n\n# more\n\ny") == [.identifier("x"), .newline, .identifier("y"), .end])
    }

    @Test("a backslash at the end of a line continues the statement")
    func lineContinuation() {
        #expect(kinds("x \\\n+ y") == [.identifier("x"), .symbol(.plus), .identifier("y"), .end])
    }

    @Test("numbers: digit groups, fractions and exponents")
    func numbers() {
        #expect(kinds("1_000 2.5e-3 7E2 0.5") == [.number(1000), .number(0.0025), .number(700), .number(0.5), .end])
    }

    @Test("a number followed by letters is one invalid token covering both")
    func numberWithSuffix() {
        var lexer = Lexer(source: SourceFile(name: "test", text: "2ab + 1"))
        let tokens = lexer.tokenize()
        guard case .invalid(let why) = tokens[0].kind else {
            Issue.record("expected an invalid token, got \(tokens[0].kind)")
            return
        }
        #expect(why.contains("'ab'"))
        #expect(tokens[0].range == SourceRange(0, 3))
        #expect(tokens[1].kind == .symbol(.plus))
    }

    @Test("the longest symbol wins")
    func longestSymbol() {
        #expect(kinds("..< ... == <= += ->") == [
            .symbol(.halfOpenRange), .symbol(.closedRange), .symbol(.equalEqual), .symbol(.lessEqual),
            .symbol(.plusEqual), .symbol(.arrow), .end,
        ])
    }

    @Test("keywords are whole words; names may contain them")
    func keywords() {
        #expect(kinds("fn fnx in_ not") == [.keyword(.fn), .identifier("fnx"), .identifier("in_"), .keyword(.not), .end])
    }

    @Test("a string splits into text and interpolated code with its format")
    func interpolation() {
        // "a{x:.2}b": the code is the byte range of `x`.
        #expect(kinds("\"a{x:.2}b\"") == [
            .string([.text("a"), .code(SourceRange(3, 4), format: NumberFormat(digits: 2, style: .fixed)), .text("b")]),
            .end,
        ])
        #expect(kinds("'\\{x\\}'") == [.string([.text("{x}")]), .end])
    }

    @Test("non-ASCII letters make names")
    func unicodeNames() {
        #expect(kinds("π = 3") == [.identifier("π"), .symbol(.equal), .number(3), .end])
    }
}
