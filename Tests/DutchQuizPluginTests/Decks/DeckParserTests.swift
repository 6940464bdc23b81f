import DutchQuizPlugin
import KnobsPluginAPI
import Testing

/// The deck format: what a deck file holds, and each way one can be wrong, at its line and column.
@Suite("deck files")
struct DeckParserTests {
    @Test("a deck gives its entries with every column read")
    func entries() throws {
        let deck = try DeckFixtures.parse(DeckFixtures.deckText([
            ["gewicht", "het", "/ɣəˈʋɪxt/", "weight; load", "Elk gewicht is een getal.", "Every weight is a number.", "noun model", ""],
            ["trainen", "", "ˈtreːnə(n)", "to train", "Het model is getraind.", "The model was trained.", "verb", "getraind"],
        ]))
        #expect(deck.name == "test.tsv")
        #expect(deck.entries.count == 2)
        let weight = deck.entries[0]
        #expect(weight.word == "gewicht")
        #expect(weight.article == .het)
        #expect(weight.ipa == "ɣəˈʋɪxt")
        #expect(weight.ipaForDisplay == "/ɣəˈʋɪxt/")
        #expect(weight.meanings == ["weight", "load"])
        #expect(weight.tags == ["noun", "model"])
        #expect(weight.partOfSpeech == .noun)
        #expect(weight.line == 2)
        #expect(weight.wordWithArticle == "het gewicht")
        let train = deck.entries[1]
        #expect(train.article == nil)
        #expect(train.forms == ["getraind"])
        #expect(train.partOfSpeech == .verb)
        #expect(train.line == 3)
    }

    @Test("the columns may come in any order, in any case; forms may be left out")
    func columnOrder() throws {
        let text = "Meanings\tWORD\tarticle\tipa\texample_nl\texample_en\ttags\nweight\tgewicht\thet\t\t\t\t\n"
        let deck = try DeckFixtures.parse(text)
        #expect(deck.entries.map(\.word) == ["gewicht"])
        #expect(deck.entries[0].meanings == ["weight"])
        #expect(deck.entries[0].ipa.isEmpty)
    }

    @Test("a byte order mark, CRLF line ends, comments and blank lines are fine")
    func bomAndCRLF() throws {
        let deck = try DeckParser.parse(DeckFixtures.bytes("bom-crlf.tsv"), name: "bom-crlf.tsv")
        #expect(deck.entries.map(\.word) == ["gewicht", "trainen"])
        #expect(deck.entries[0].tags == ["noun", "model"])
        #expect(deck.entries[1].meanings == ["to train", "to practise"])
        #expect(deck.entries[1].tags == ["verb"])
        #expect(deck.entries[1].line == 5)
    }

    @Test("spaces around a field do not count; empty meanings between separators are dropped")
    func trimming() throws {
        let deck = try DeckFixtures.parse(DeckFixtures.deckText([["  gewicht ", " het", "", " weight ;; load ; ", "", "", "", ""]]))
        #expect(deck.entries[0].word == "gewicht")
        #expect(deck.entries[0].article == .het)
        #expect(deck.entries[0].meanings == ["weight", "load"])
    }

    @Test("every wrong row is reported at its line and column, all at once")
    func badRows() {
        #expect(DeckFixtures.problems(DeckFixtures.bytes("bad-rows.tsv"), name: "bad-rows.tsv") == [
            "bad-rows.tsv:3:48: expected 7 columns separated by tabs, found 5",
            "bad-rows.tsv:4:1: the word is empty",
            "bad-rows.tsv:5:7: 'den' is not an article",
            "bad-rows.tsv:6:1: 'Gewicht' is already in this deck, on line 2",
            "bad-rows.tsv:7:10: ''' is not an IPA symbol",
            "bad-rows.tsv:8:14: the meanings are empty",
            "bad-rows.tsv:9:49: expected 7 columns separated by tabs, found 8",
        ])
    }

    @Test("each problem says what was expected and how to fix it")
    func hints() {
        let problems = DeckFixtures.diagnostics { try DeckParser.parse(DeckFixtures.bytes("bad-rows.tsv"), name: "bad-rows.tsv") }
        #expect(problems.allSatisfy { $0.kind == .syntax && $0.hint != nil })
        #expect(problems[2].label == "expected de, het or nothing")
        #expect(problems[4].hint?.contains("ˈ (U+02C8)") == true)
        #expect(problems[0].label == "2 missing")
        #expect(problems[6].label == "1 too many")
    }

    @Test("the rendered error shows the file, the line, a caret under the column and the hint")
    func rendered() throws {
        let problems = DeckFixtures.diagnostics { try DeckParser.parse(DeckFixtures.bytes("bad-rows.tsv"), name: "bad-rows.tsv") }
        let text = DiagnosticRenderer(color: false).render(problems[2])
        #expect(text == """
            error: 'den' is not an article
             --> bad-rows.tsv:5:7
              |
            5 | model    den    moːˈdɛl    model    Het model leert.    The model learns.    noun
              |          ^^^ expected de, het or nothing
              = hint: write de or het for a noun, and leave the column empty for other words

            """)
    }

    @Test("article spellings that are not de or het get a hint of their own")
    func articleHints() {
        func hint(_ article: String) -> String? {
            DeckFixtures.diagnostics { try DeckFixtures.parse(DeckFixtures.deckText([["huis", article, "", "house", "", "", "", ""]])) }.first?.hint
        }
        #expect(hint("'t") == "write 't in full: het")
        #expect(hint("een") == "the article column takes the definite article: de or het")
        #expect(hint("de/het")?.hasPrefix("give the article the dictionary lists first") == true)
        #expect(DeckFixtures.problems(DeckFixtures.deckText([["huis", "HET", "", "house", "", "", "", ""]])).isEmpty)
    }

    @Test("the IPA may stand between slashes or brackets; other characters are not IPA")
    func ipa() throws {
        func ipa(_ text: String) throws -> String {
            try DeckFixtures.parse(DeckFixtures.deckText([["huis", "het", text, "house", "", "", "", ""]])).entries[0].ipa
        }
        #expect(try ipa("/ɦœys/") == "ɦœys")
        #expect(try ipa("[ɦœys]") == "ɦœys")
        #expect(DeckFixtures.problems(DeckFixtures.deckText([["huis", "het", "ɦœ:ys", "house", "", "", "", ""]])) == ["test.tsv:2:12: ':' is not an IPA symbol"])
        #expect(DeckFixtures.problems(DeckFixtures.deckText([["huis", "het", "Hœys", "house", "", "", "", ""]])) == ["test.tsv:2:10: 'H' is not an IPA symbol"])
        #expect(DeckFixtures.problems(DeckFixtures.deckText([["huis", "het", "/ɦœys/x/", "house", "", "", "", ""]])) == ["test.tsv:2:15: '/' is not an IPA symbol"])
    }

    @Test("a wrong header names the column that is wrong, with a suggestion")
    func badHeader() {
        #expect(DeckFixtures.problems(DeckFixtures.bytes("bad-header.tsv"), name: "bad-header.tsv") == [
            "bad-header.tsv:1:14: unknown column 'pronunciation'",
            "bad-header.tsv:1:1: the header has no 'ipa' column",
            "bad-header.tsv:1:1: the header has no 'tags' column",
        ])
        let suggestion = DeckFixtures.diagnostics { try DeckFixtures.parse("word\tarticle\tipa\tmeaning\texample_nl\texample_en\ttags\n") }
        #expect(suggestion.first?.message == "unknown column 'meaning'")
        #expect(suggestion.first?.hint == "did you mean 'meanings'?")
        #expect(DeckFixtures.problems("word\tword\tarticle\tipa\tmeanings\texample_nl\texample_en\ttags\n") == ["test.tsv:1:6: the column 'word' appears twice"])
    }

    @Test("a deck without a header says the first line must be one")
    func noHeader() {
        let problems = DeckFixtures.diagnostics { try DeckFixtures.parse("gewicht\thet\tɣəˈʋɪxt\tweight\t\t\t\n") }
        #expect(problems.map { "\($0.position): \($0.message)" } == ["test.tsv:1:1: the first line of a deck must be its header"])
        #expect(problems[0].hint?.hasPrefix("start the file with the line: word ⇥ article ⇥ ipa") == true)
        let spaced = DeckFixtures.diagnostics { try DeckFixtures.parse("word article ipa meanings example_nl example_en tags\n") }
        #expect(spaced.first?.hint == "separate the column names with tabs, not spaces")
        let commas = DeckFixtures.diagnostics { try DeckFixtures.parse("word,article,ipa,meanings,example_nl,example_en,tags\n") }
        #expect(commas.first?.hint == "separate the column names with tabs, not commas: a deck is tab-separated (a spreadsheet saves it as .tsv)")
        let semicolons = DeckFixtures.diagnostics { try DeckFixtures.parse("word; meanings; ipa\n") }
        #expect(semicolons.first?.hint?.hasPrefix("separate the column names with tabs, not semicolons:") == true, "\(semicolons)")
    }

    @Test("a row separated by spaces is told so")
    func spacesForTabs() {
        let problems = DeckFixtures.diagnostics { try DeckFixtures.parse(DeckColumn.header + "\ngewicht  het  ɣəˈʋɪxt  weight\n") }
        #expect(problems.first?.message == "expected 8 columns separated by tabs, found 1")
        #expect(problems.first?.hint == "this line has no tab: its columns seem to be separated by spaces")
    }

    @Test("an empty file and a header alone are errors")
    func empty() {
        #expect(DeckFixtures.problems("") == ["test.tsv:1:1: the deck is empty"])
        #expect(DeckFixtures.problems("# only a comment\n\n") == ["test.tsv:1:1: the deck is empty"])
        #expect(DeckFixtures.problems(DeckColumn.header + "\n") == ["test.tsv:1:1: the deck has a header but no words"])
    }

    @Test("a file that is not UTF-8 is reported at its first bad byte, with the other lines")
    func invalidUTF8() {
        let problems = DeckFixtures.diagnostics { try DeckParser.parse(DeckFixtures.bytes("latin1.tsv"), name: "latin1.tsv") }
        #expect(problems.map { "\($0.position): \($0.message)" } == [
            "latin1.tsv:2:4: the file is not valid UTF-8: byte 0xE9 cannot start or continue a character here",
        ])
        #expect(problems.first?.notes == ["there are more invalid bytes on line 4"])
        #expect(problems.first?.hint?.contains("UTF-8") == true)
        let oneLine: [UInt8] = [UInt8(ascii: "a"), 0xE9, 0xE9, UInt8(ascii: "\n")]
        let manyLines: [UInt8] = Array(repeating: oneLine, count: 13).flatMap { $0 }
        let many = DeckFixtures.diagnostics { try DeckParser.parse(manyLines, name: "x.tsv") }
        #expect(many.map(\.position) == ["x.tsv:1:2"])
        #expect(many.first?.notes == ["there are more invalid bytes on lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …"])
        // Overlong forms and lone continuation bytes are not UTF-8 either; a BOM alone is fine.
        #expect(DeckFixtures.problems([0xC0, 0xAF]).first?.hasPrefix("test.tsv:1:1: the file is not valid UTF-8: byte 0xC0") == true)
        #expect(DeckFixtures.problems(Array("word\t\u{FEFF}".utf8) + [0x80]).first?.hasPrefix("test.tsv:1:7: the file is not valid UTF-8: byte 0x80") == true)
    }

    @Test("a control character is an error at its column, since DeckWriter could not write it back (fuzzer finding)")
    func controlCharacters() throws {
        #expect(DeckFixtures.problems(DeckFixtures.deckText([
            ["idee", "het", "", "idea", "Dat is een goed idee!", "That\u{0C} is a good idea!", "", ""],
            ["kleur", "de", "", "colour\u{1B}[2J", "", "", "", ""],
            ["woord", "het", "", "word\u{2028}", "", "", "", ""],
            ["getal", "het", "", "number", "", "", "", ""],
        ])) == [
            "test.tsv:2:42: a control character (U+000C) cannot be in a deck",
            "test.tsv:3:17: a control character (U+001B) cannot be in a deck",
            "test.tsv:4:16: a control character (U+2028) cannot be in a deck",
        ])
        // In the header line it is the only problem: there are no columns to check the rows against.
        #expect(DeckFixtures.problems(Array("word\u{0}\tarticle\nidee\thet\n".utf8)) == [
            "test.tsv:1:5: a control character (U+0000) cannot be in a deck",
        ])
        let crlfText = DeckFixtures.deckText([["getal", "het", "", "number", "", "", "", "getallen"]]).split(separator: "\n").map { $0 + "\r\n" }.joined()
        let crlf = try DeckParser.parse(Array(crlfText.utf8), name: "crlf.tsv")
        #expect(crlf.entries.map(\.forms) == [["getallen"]])
    }

    @Test("two words that differ only in case or Unicode form are the same word")
    func duplicatesByForm() {
        let nfd = "ide\u{0301}e"
        #expect(DeckFixtures.problems(DeckFixtures.deckText([
            ["idée", "", "", "idea", "", "", "", ""],
            [nfd, "", "", "idea", "", "", "", ""],
        ])) == ["test.tsv:3:1: '\(nfd)' is already in this deck, on line 2"])
    }

    @Test("a deck written by DeckWriter reads back to the same deck")
    func writerRoundTrip() throws {
        let deck = try Deck.bundled("ai")
        let again = try DeckParser.parse(Array(DeckWriter.text(for: deck).utf8), name: "ai")
        #expect(again.entries.map(\.withoutLine) == deck.entries.map(\.withoutLine))
    }

    @Test("reading a file: a missing file and a folder are problems with the path")
    func files() {
        let missing = DeckFixtures.diagnostics { try Deck.read(path: "/nonexistent/deck.tsv") }
        #expect(missing.map { "\($0.position): \($0.message)" } == ["/nonexistent/deck.tsv: there is no deck file '/nonexistent/deck.tsv'"])
        let folder = DeckFixtures.diagnostics { try Deck.read(path: "/tmp") }
        #expect(folder.first?.message == "the deck '/tmp' is a folder")
        #expect(DeckFixtures.diagnostics { try Deck.read(path: DeckFixtures.path("bad-rows.tsv")) }.count == 7)
    }
}

extension DeckEntry {
    /// The entry with no line number, to compare decks read from different files.
    var withoutLine: DeckEntry {
        var entry = self
        entry.line = 0
        return entry
    }
}
