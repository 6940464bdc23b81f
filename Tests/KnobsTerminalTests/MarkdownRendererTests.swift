import KnobsLang
import Testing
@testable import KnobsTerminal

/// What the renderer promises beyond the goldens: widths, alignment, plain fallbacks, safety.
@Suite("Markdown rendering")
struct MarkdownRendererTests {
    private func render(_ markdown: String, width: Int = 80, color: Bool = false, unicode: Bool = true) -> String {
        MarkdownRenderer(terminal: Terminal(width: width, color: color, unicode: unicode)).render(markdown)
    }

    @Test("no line outside code is wider than the terminal", arguments: [20, 33, 40, 57, 80, 120])
    func widths(width: Int) {
        for color in [false, true] {
            let lines = TextChecks.lines(TextChecks.strippingEscapes(render(Samples.lesson, width: width, color: color)))
            for line in lines where !line.hasPrefix("    ") {
                #expect(DisplayWidth.of(line) <= width, "\(line)")
            }
        }
    }

    @Test("the Dutch corner's columns line up by display width, emoji and IPA included", arguments: [70, 80, 100, 120])
    func dutchCornerAligned(width: Int) {
        let lines = TextChecks.lines(render(Samples.dutchCorner, width: width))
        let rows = lines.filter { $0.contains("│") }
        guard rows.count >= 4 else {
            Issue.record("the table is not side by side at \(width) columns")
            return
        }
        let first = rows[0].indices.filter { rows[0][$0] == "│" }.map { DisplayWidth.of(rows[0][..<$0]) }
        #expect(first.count == 3)
        for row in rows {
            let columns = row.indices.filter { row[$0] == "│" }.map { DisplayWidth.of(row[..<$0]) }
            #expect(columns == first, "\(row)")
        }
        let rule = lines.first { $0.contains("┼") } ?? ""
        #expect(rule.indices.filter { rule[$0] == "┼" }.map { DisplayWidth.of(rule[..<$0]) } == first)
        #expect(lines.contains { $0.hasPrefix("💻 Computer") && $0.contains("/kɔmˈpytər/") })
    }

    @Test("a table too narrow for its words is stacked, cell under header")
    func stackedTable() {
        let lines = TextChecks.lines(render(Samples.dutchCorner, width: 40))
        #expect(lines.contains("🇳🇱 Word: 💻 Computer"))
        #expect(lines.contains("🗣️ Pronun.: /iˈdeː/"))
        #expect(!lines.contains { $0.contains("│") })
    }

    @Test("without colour: plain markers for emphasis, code, links and minor headings")
    func plainMarkers() {
        let text = render("### Step\n\n*em* **strong** `code` [text](https://a.example) [https://b.example](https://b.example)")
        #expect(text == "### Step\n\n_em_ *strong* `code` text (https://a.example) https://b.example\n")
    }

    @Test("with colour: styles instead of markers, the address dimmed")
    func colourStyles() {
        let text = render("*em* `code` [text](https://a.example)", color: true)
        #expect(text == "\u{1B}[3mem\u{1B}[0m \u{1B}[38;5;179mcode\u{1B}[0m \u{1B}[4;38;5;75mtext\u{1B}[0m\u{1B}[2m (https://a.example)\u{1B}[0m\n")
    }

    @Test("knobs code is highlighted only with colour, other code never")
    func codeBlocks() {
        #expect(render("```knobs\nw = 1 # w\n```") == "    w = 1 # w\n")
        #expect(render("```knobs\nw = 1 # w\n```", color: true) == "    w = \u{1B}[38;5;173m1\u{1B}[0m \u{1B}[3;38;5;244m# w\u{1B}[0m\n")
        #expect(render("```sh\nif true\n```", color: true) == "    if true\n")
        let colored = MarkdownRenderer(terminal: Terminal(width: 80, color: true, unicode: true))
        #expect(colored.renderCode("plot(xs)\n\nfor") == "\u{1B}[38;5;75mplot\u{1B}[0m(xs)\n\n\u{1B}[1;38;5;170mfor\u{1B}[0m\n")
        #expect(colored.renderCode("plot(xs)", info: "text") == "plot(xs)\n")
    }

    @Test("in ASCII every character the renderer adds is ASCII")
    func ascii() {
        let text = render("# T\n\n- a\n  - b\n\n> q\n\n---\n\n| x | y |\n|---|---|\n| 1 | 2 |", width: 30, unicode: false)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII }, "\(text)")
        #expect(text == "T\n=\n\n- a\n  * b\n\n> q\n\n------------------------------\n\nx | y\n--+--\n1 | 2\n")
    }

    @Test("control characters in a lesson never reach the terminal")
    func sanitized() {
        let text = render("evil \u{1B}[2J text `\u{1B}]0;x\u{07}`\n\n```\n\u{1B}[31mred\n```")
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("\u{07}"))
    }

    @Test("numbered lists align their numbers, comments are not shown")
    func numbersAndComments() {
        let text = render("<!-- hidden -->\n9. nine\n10. ten, wrapped at the edge", width: 20)
        #expect(text == " 9. nine\n10. ten, wrapped at\n    the edge\n")
    }
}
