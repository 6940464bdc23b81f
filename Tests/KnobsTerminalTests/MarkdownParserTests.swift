import Testing
@testable import KnobsTerminal

/// Blocks: headings, paragraphs, code, quotes, rules, lists and tables.
@Suite("Markdown blocks")
struct MarkdownParserTests {
    private func parse(_ text: String) -> [MarkdownBlock] {
        MarkdownParser.parse(text)
    }

    @Test("headings with # and underlined, paragraphs joined across lines")
    func headingsAndParagraphs() {
        #expect(parse("# Title #\n## Sub\n#NoHeading") == [
            .heading(level: 1, [.text("Title")]), .heading(level: 2, [.text("Sub")]), .paragraph([.text("#NoHeading")]),
        ])
        #expect(parse("Walking\ndownhill\n===\n\nText\n---") == [
            .heading(level: 1, [.text("Walking"), .softBreak, .text("downhill")]), .heading(level: 2, [.text("Text")]),
        ])
        #expect(parse("one\n  two\n\n\nthree") == [.paragraph([.text("one"), .softBreak, .text("two")]), .paragraph([.text("three")])])
    }

    @Test("fenced code keeps its info string and text; indented code too")
    func code() {
        #expect(parse("```knobs exercise id=step\nw = ___\n\n  x\n```\nafter") == [
            .code(info: "knobs exercise id=step", text: "w = ___\n\n  x"), .paragraph([.text("after")]),
        ])
        #expect(parse("~~~~\n```\n~~~~") == [.code(info: "", text: "```")])
        #expect(parse("```\nnever closed\n# not a heading") == [.code(info: "", text: "never closed\n# not a heading")])
        #expect(parse("    a = 1\n\n    b = 2\n\nprose") == [.code(info: "", text: "a = 1\n\nb = 2"), .paragraph([.text("prose")])])
        #expect(parse("  ```\n  indented\n    more\n  ```") == [.code(info: "", text: "indented\n  more")])
    }

    @Test("quotes hold blocks, with lazy continuation lines")
    func quotes() {
        #expect(parse("> # Note\n> first\nlazy\n\nout") == [
            .quote([.heading(level: 1, [.text("Note")]), .paragraph([.text("first"), .softBreak, .text("lazy")])]), .paragraph([.text("out")]),
        ])
    }

    @Test("rules, and a dash line under text is a heading")
    func rules() {
        #expect(parse("---\n***\n_ _ _") == [.rule, .rule, .rule])
        #expect(parse("a\n\n- - -") == [.paragraph([.text("a")]), .rule])
    }

    @Test("nested lists, numbered from their first number, tight or loose")
    func lists() {
        let nested = parse("1. Make:\n   - a *line*\n   - an mlp\n     1. weights\n2. Measure\n3) other list")
        #expect(nested == [
            .list(MarkdownList(ordered: true, start: 1, tight: true, items: [
                [.paragraph([.text("Make:")]), .list(MarkdownList(ordered: false, start: 1, tight: true, items: [
                    [.paragraph([.text("a "), .emphasis([.text("line")])])],
                    [.paragraph([.text("an mlp")]), .list(MarkdownList(ordered: true, start: 1, tight: true, items: [[.paragraph([.text("weights")])]]))],
                ]))],
                [.paragraph([.text("Measure")])],
            ])),
            .list(MarkdownList(ordered: true, start: 3, tight: true, items: [[.paragraph([.text("other list")])]])),
        ])
        #expect(parse("- a\n\n- b") == [.list(MarkdownList(ordered: false, start: 1, tight: false, items: [[.paragraph([.text("a")])], [.paragraph([.text("b")])]]))])
        #expect(parse("- a\ncontinued\n+ other") == [
            .list(MarkdownList(ordered: false, start: 1, tight: true, items: [[.paragraph([.text("a"), .softBreak, .text("continued")])]])),
            .list(MarkdownList(ordered: false, start: 1, tight: true, items: [[.paragraph([.text("other")])]])),
        ])
        #expect(parse("7. seven\n8. eight") == [.list(MarkdownList(ordered: true, start: 7, tight: true, items: [[.paragraph([.text("seven")])], [.paragraph([.text("eight")])]]))])
        #expect(parse("-not a list\n2.5 is a number") == [.paragraph([.text("-not a list"), .softBreak, .text("2.5 is a number")])])
        #expect(parse("text\n2. does not interrupt") == [.paragraph([.text("text"), .softBreak, .text("2. does not interrupt")])])
        #expect(parse("- ```\n  code\n  ```") == [.list(MarkdownList(ordered: false, start: 1, tight: true, items: [[.code(info: "", text: "code")]]))])
    }

    @Test("tables: alignments, escaped pipes, pipes in code, short and long rows")
    func tables() {
        let blocks = parse("| a | b | c |\n|:--|:-:|--:|\n| `x \\| y` | 2 |\n| 1 | 2 | 3 | 4 |\n\nafter")
        guard case .table(let table) = blocks.first else {
            Issue.record("no table: \(blocks)")
            return
        }
        #expect(table.alignments == [.left, .center, .right])
        #expect(table.header == [[.text("a")], [.text("b")], [.text("c")]])
        #expect(table.rows == [[[.code("x | y")], [.text("2")], []], [[.text("1")], [.text("2")], [.text("3")]]])
        #expect(blocks.last == .paragraph([.text("after")]))
        #expect(parse("a | b\n--- | ---\n1 | 2") == [.table(MarkdownTable(alignments: [.left, .left], header: [[.text("a")], [.text("b")]], rows: [[[.text("1")], [.text("2")]]]))])
        #expect(parse("a | b\n--- | --- | ---") == [.paragraph([.text("a | b"), .softBreak, .text("--- | --- | ---")])])
    }

    @Test("HTML comments are kept but apart; CRLF and tabs are read")
    func commentsAndLineEnds() {
        #expect(parse("<!--\nnote\n-->\ntext") == [.comment("<!--\nnote\n-->"), .paragraph([.text("text")])])
        #expect(parse("# Title\r\n\r\n-\titem\r\n") == [.heading(level: 1, [.text("Title")]), .list(MarkdownList(ordered: false, start: 1, tight: true, items: [[.paragraph([.text("item")])]]))])
    }
}
