import Testing
@testable import KnobsTerminal

/// The sample lesson rendered at 40, 80 and 120 columns, with and without colour, against goldens.
@Suite("Markdown goldens")
struct MarkdownGoldenTests {
    @Test("without colour: no escape code, the structure in plain characters", arguments: [40, 80, 120])
    func plain(width: Int) {
        let text = MarkdownRenderer(terminal: Terminal(width: width, color: false, unicode: true)).render(Samples.lesson)
        #expect(!text.contains("\u{1B}"))
        Golden.check(text, golden(["plain40": Goldens.plain40, "plain80": Goldens.plain80, "plain120": Goldens.plain120], "plain\(width)"), name: "plain\(width)", file: "MarkdownGoldens")
    }

    @Test("with colour", arguments: [40, 80, 120])
    func colored(width: Int) {
        let text = MarkdownRenderer(terminal: Terminal(width: width, color: true, unicode: true)).render(Samples.lesson)
        Golden.check(text, golden(["color40": Goldens.color40, "color80": Goldens.color80, "color120": Goldens.color120], "color\(width)"), name: "color\(width)", file: "MarkdownGoldens")
    }

    @Test("in ASCII, for a locale that is not UTF-8", arguments: [40, 80])
    func ascii(width: Int) {
        let text = MarkdownRenderer(terminal: Terminal(width: width, color: false, unicode: false)).render(Samples.lesson)
        Golden.check(text, golden(["ascii40": Goldens.ascii40, "ascii80": Goldens.ascii80], "ascii\(width)"), name: "ascii\(width)", file: "MarkdownGoldens")
    }

    private func golden(_ all: [String: String], _ name: String) -> String {
        all[name] ?? ""
    }
}
