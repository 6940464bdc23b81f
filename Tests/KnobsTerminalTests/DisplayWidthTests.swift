import KnobsLang
import Testing

/// Display widths of what lessons hold: ASCII, accents, IPA, CJK and emoji of every build.
@Suite("Display width")
struct DisplayWidthTests {
    @Test("one column for ASCII, accented letters (composed or not) and IPA")
    func narrow() {
        #expect(DisplayWidth.of("knobs") == 5)
        #expect(DisplayWidth.of("één coëfficiënt") == 15)
        #expect(DisplayWidth.of("e\u{0301}e\u{0301}n") == 3)
        #expect(DisplayWidth.of("/ˈkʏnstmaˌtiɣə ɪntɛliˈɣɛnsi/") == 28)
        #expect(DisplayWidth.of("/kɔmˈpytər/") == 11)
        #expect(DisplayWidth.of("n̩") == 1)
    }

    @Test("printable ASCII counted by its bytes, the same as character by character; tabs and the rest character by character")
    func asciiShortcut() {
        let printable = String((0x20..<0x7F).map { Character(Unicode.Scalar(UInt8($0))) })
        #expect(DisplayWidth.of(printable) == printable.reduce(0) { $0 + DisplayWidth.of($1) })
        #expect(DisplayWidth.of(printable) == 95)
        #expect(DisplayWidth.of("a\tb") == 6)
        #expect(DisplayWidth.of("open 01 \u{1F4BB}") == 10)
        #expect(DisplayWidth.of("e\u{0301}") == 1)
    }

    @Test("two columns for East Asian wide characters, also outside the old table")
    func wide() {
        #expect(DisplayWidth.of("参数") == 4)
        #expect(DisplayWidth.of("パラメータ") == 10)
        #expect(DisplayWidth.of("매개변수") == 8)
        #expect(DisplayWidth.of("ＡＢ") == 4)
        #expect(DisplayWidth.of("〈") == 2)  // U+3008
        #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}") == 2)  // 각 written as three jamo
    }

    @Test("an emoji is two columns however it is built")
    func emoji() {
        #expect(DisplayWidth.of("💻") == 2)
        #expect(DisplayWidth.of("🇳🇱") == 2)
        #expect(DisplayWidth.of("🗣️") == 2)  // U+1F5E3 U+FE0F
        #expect(DisplayWidth.of("⚠️") == 2)
        #expect(DisplayWidth.of("1️⃣") == 2)
        #expect(DisplayWidth.of("👩‍💻") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)
        #expect(DisplayWidth.of("🇳🇱 Word") == 7)
    }

    @Test("text presentation and marks that take no room")
    func zeroAndText() {
        #expect(DisplayWidth.of("☺\u{FE0E}") == 1)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)  // a zero-width space
        #expect(DisplayWidth.of("\t") == 4)
        #expect(DisplayWidth.of("") == 0)
    }
}
