import Testing
@testable import KnobsTerminal

/// Inlines: emphasis by CommonMark's rules, code, links, escapes and breaks.
@Suite("Markdown inlines")
struct InlineParserTests {
    private func parse(_ text: String) -> [MarkdownInline] {
        InlineParser.parse(text)
    }

    @Test("emphasis and strong emphasis with * and _")
    func emphasis() {
        #expect(parse("*a* **b** _c_ __d__") == [
            .emphasis([.text("a")]), .text(" "), .strong([.text("b")]), .text(" "), .emphasis([.text("c")]), .text(" "), .strong([.text("d")]),
        ])
        #expect(parse("***both***") == [.emphasis([.strong([.text("both")])])])
        #expect(parse("**strong *and em***") == [.strong([.text("strong "), .emphasis([.text("and em")])])])
        #expect(parse("*a **b** c*") == [.emphasis([.text("a "), .strong([.text("b")]), .text(" c")])])
    }

    @Test("what is not emphasis stays text")
    func notEmphasis() {
        #expect(parse("zero_grad and log_softmax") == [.text("zero_grad and log_softmax")])
        #expect(parse("2 * 3 * 4") == [.text("2 * 3 * 4")])
        #expect(parse("*open only") == [.text("*open only")])
        #expect(parse("a ** b") == [.text("a ** b")])
        #expect(parse("\\*not\\*") == [.text("*not*")])
    }

    @Test("code spans take everything literally")
    func code() {
        #expect(parse("`w*x + b` and ``a ` b``") == [.code("w*x + b"), .text(" and "), .code("a ` b")])
        #expect(parse("` padded `") == [.code("padded")])
        #expect(parse("`*not em*`") == [.code("*not em*")])
        #expect(parse("`unclosed") == [.text("`unclosed")])
    }

    @Test("links, images and autolinks")
    func links() {
        #expect(parse("[the *article*](https://example.org/a \"title\")") == [.link([.text("the "), .emphasis([.text("article")])], destination: "https://example.org/a")])
        #expect(parse("[a](<with space>)") == [.link([.text("a")], destination: "with space")])
        #expect(parse("![a plot](plot.png)") == [.image(alt: "a plot", source: "plot.png")])
        #expect(parse("<https://example.org> <me@example.org>") == [
            .link([.text("https://example.org")], destination: "https://example.org"), .text(" "),
            .link([.text("me@example.org")], destination: "mailto:me@example.org"),
        ])
        #expect(parse("[not a link] and x < y > z") == [.text("[not a link] and x < y > z")])
        #expect(parse("[nested [brackets]](u)") == [.link([.text("nested [brackets]")], destination: "u")])
    }

    @Test("escapes, entities and line breaks")
    func escapesAndBreaks() {
        #expect(parse("a &amp; b &#955; &#x3BB; &bogus;") == [.text("a & b λ λ &bogus;")])
        #expect(parse("one  \ntwo\\\nthree\nfour") == [.text("one"), .lineBreak, .text("two"), .lineBreak, .text("three"), .softBreak, .text("four")])
        #expect(parse("C:\\path") == [.text("C:\\path")])
    }
}
