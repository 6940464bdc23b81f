import KnobsLang
import Testing
@testable import KnobsTerminal

/// Breaking text into lines by display width.
@Suite("Wrapping")
struct WrapperTests {
    private func wrap(_ text: String, _ width: Int) -> [String] {
        Wrapper.wrap(StyledText(text), width: width).map(\.plainText)
    }

    @Test("lines break at spaces and stay within the width")
    func spaces() {
        #expect(wrap("the knobs of a model", 10) == ["the knobs", "of a model"])
        #expect(wrap("the knobs of a model", 100) == ["the knobs of a model"])
        #expect(wrap("a  b", 10) == ["a  b"])
    }

    @Test("a word wider than a line is cut at the edge")
    func longWords() {
        #expect(wrap("Kunstmatigeintelligentie", 10) == ["Kunstmatig", "eintellige", "ntie"])
        #expect(wrap("see https://example.org/a/very/long/path here", 12) == ["see", "https://exam", "ple.org/a/ve", "ry/long/path", "here"])
    }

    @Test("wide characters count two columns and are never split")
    func wide() {
        #expect(wrap("参数参数参数", 5) == ["参数", "参数", "参数"])
        #expect(wrap("💻 Computer 💡 Idee", 11) == ["💻 Computer", "💡 Idee"])
        #expect(wrap("🇳🇱🇳🇱🇳🇱", 4) == ["🇳🇱🇳🇱", "🇳🇱"])
    }

    @Test("a newline always breaks, and styles survive wrapping")
    func newlinesAndStyles() {
        #expect(wrap("one\ntwo three", 20) == ["one", "two three"])
        var text = StyledText("plain ")
        text.append("bold words", Style(bold: true))
        let lines = Wrapper.wrap(text, width: 10)
        #expect(lines.map(\.plainText) == ["plain bold", "words"])
        #expect(lines[1].runs == [StyledText.Run(text: "words", style: Style(bold: true))])
    }

    @Test("no line is ever wider than the width", arguments: [1, 2, 3, 7, 13, 40])
    func neverWider(width: Int) {
        let text = "A model's parameters 参数 are the numbers 🇳🇱 that training adjusts: /ˈkʏnstmaˌtiɣə/ Kunstmatigeintelligentie 💻💻💻"
        for line in Wrapper.wrap(StyledText(text), width: width) {
            #expect(line.width <= max(width, 2), "\(line.plainText)")
        }
    }
}
