import Testing
@testable import KnobsLang

/// A diagnostic about a line or a name of megabytes stays a few short lines, its caret on the spot.
@Suite("diagnostics of enormous lines")
struct DiagnosticExcerptTests {
    @Test("a long line is cut around the caret, with … where it was cut; a short one is whole")
    func excerpt() {
        let line = String(repeating: "a", count: 1000) + "X" + String(repeating: "b", count: 1000)
        let (text, column) = DiagnosticRenderer.excerpt(line, column: 1001)
        #expect(text.unicodeScalars.count == DiagnosticRenderer.longestLine + 2)
        #expect(text.hasPrefix("…") && text.hasSuffix("…"))
        #expect(Array(text.unicodeScalars)[column - 1] == "X")
        #expect(DiagnosticRenderer.excerpt("x = 1", column: 3) == ("x = 1", 3))
        let end = DiagnosticRenderer.excerpt(String(repeating: "+", count: 500), column: 501)
        #expect(end.text.hasPrefix("…") && !end.text.hasSuffix("…") && end.column == end.text.unicodeScalars.count + 1, "the end of input, past the last character")
    }

    @Test("the whole diagnostic of an undefined name a megabyte long is under a kilobyte")
    func hugeName() {
        let name = String(repeating: "q", count: 1 << 20)
        let outcome = Interpreter(output: { _ in }).run(SourceFile(name: "<eval>", text: "y = " + name))
        let rendered = DiagnosticRenderer(color: false).render(outcome.diagnostics)
        #expect(rendered.hasPrefix("error: undefined variable 'qqq"), "\(rendered.prefix(100))")
        #expect(rendered.utf8.count < 1024)
        #expect(rendered.contains("q…q"))
    }
}
