import KnobsLang
import Testing

/// The language's own lexer cutting code into coloured pieces.
@Suite("Syntax highlighting")
struct HighlightingTests {
    private func roles(_ code: String) -> [(SyntaxHighlighter.Role, String)] {
        SyntaxHighlighter.pieces(of: code).map { ($0.role, $0.text) }
    }

    @Test("the pieces join back into the code, whatever it holds")
    func lossless() {
        for code in ["w = param(0.5)   # a knob\nprint(w)", "print(\"step {i:.2} of {n}\")\n", "x = 2a\n\"open", "fn f(x) { return x ^ 2 }", "é = 1 # ü", ""] {
            #expect(SyntaxHighlighter.pieces(of: code).map(\.text).joined() == code)
        }
    }

    @Test("keywords, literals, numbers, names, library names, operators and comments")
    func roles() {
        let pieces = roles("if w > 0.5 and true { print(w) } # done")
        #expect(pieces.contains { $0 == (.keyword, "if") })
        #expect(pieces.contains { $0 == (.keyword, "and") })
        #expect(pieces.contains { $0 == (.literal, "true") })
        #expect(pieces.contains { $0 == (.number, "0.5") })
        #expect(pieces.contains { $0 == (.name, "w") })
        #expect(pieces.contains { $0 == (.libraryName, "print") })
        #expect(pieces.contains { $0 == (.operator, ">") })
        #expect(pieces.contains { $0 == (.punctuation, "{") })
        #expect(pieces.last! == (.comment, "# done"))
    }

    @Test("code inside a string is highlighted as code; a # inside a string is no comment")
    func interpolation() {
        let pieces = roles("print(\"loss {round(x, 2)} # not a comment\")")
        #expect(pieces.contains { $0 == (.string, "\"loss {") })
        #expect(pieces.contains { $0 == (.libraryName, "round") })
        #expect(pieces.contains { $0 == (.number, "2") })
        #expect(pieces.contains { $0 == (.string, "} # not a comment\"") })
        #expect(!pieces.contains { $0.0 == .comment })
    }

    @Test("what the lexer cannot read is marked, and other library names can be given")
    func invalidAndLibrary() {
        #expect(roles("a = 1 $ 2").contains { $0 == (.invalid, "$") })
        let pieces = SyntaxHighlighter.pieces(of: "plot(xs)", libraryNames: ["plot"])
        #expect(pieces.first == SyntaxHighlighter.Piece(.libraryName, "plot"))
    }
}
