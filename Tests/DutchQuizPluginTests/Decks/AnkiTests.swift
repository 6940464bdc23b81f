import DutchQuizPlugin
import KnobsPluginAPI
import Testing

/// Anki's "Notes in Plain Text" export: reading its header and quoting, mapping its columns, writing it back.
@Suite("Anki import and export")
struct AnkiTests {
    static func notes(_ text: String) throws -> AnkiNotes {
        try AnkiNotes.parse(Array(text.utf8), name: "notes.txt")
    }

    @Test("the header lines are read: separator, html, columns, tags column, file tags")
    func header() throws {
        let notes = try AnkiNotes.parse(DeckFixtures.bytes("anki-notes.txt"), name: "anki-notes.txt")
        #expect(notes.separator == "\t")
        #expect(notes.html)
        #expect(notes.columnNames == ["Front", "Back", "IPA", "Sentence", "Tags"])
        #expect(notes.tagsColumn == 5)
        #expect(notes.fileTags == ["imported"])
        #expect(notes.rows.map(\.line) == [6, 7, 8, 10])
        #expect(notes.rows[1].fields[3] == "Dat is een \"goed\" idee!")
        #expect(notes.rows[3].fields[1] == "to train;\nto practise")
    }

    @Test("an export becomes a deck: HTML stripped, articles split off, tags merged, line breaks separate meanings")
    func importDeck() throws {
        let deck = try Deck.read(path: DeckFixtures.path("anki-notes.txt"))
        #expect(deck.entries.map(\.word) == ["computer", "idee", "kunstmatig", "trainen"])
        #expect(deck.entries.map(\.article) == [.de, .het, nil, nil])
        #expect(deck.entries[0].meanings == ["computer"])
        #expect(deck.entries[0].dutchExample == "Ik gebruik de computer elke dag.")
        #expect(deck.entries[0].tags == ["nl::ai", "imported"])
        #expect(deck.entries[1].meanings == ["idea", "notion"])
        #expect(deck.entries[2].meanings == ["artificial & man-made"])
        #expect(deck.entries[2].ipa == "kʏnstˈmaːtəx")
        #expect(deck.entries[3].meanings == ["to train", "to practise"])
        #expect(deck.entries[3].line == 10)
    }

    @Test("a mapping names export columns by number or by name")
    func mapping() throws {
        let notes = try AnkiNotes.parse(DeckFixtures.bytes("anki-notes.txt"), name: "anki-notes.txt")
        let mapping = try AnkiFieldMapping(parsing: "word=1, meanings=Back, example_en=Sentence")
        #expect(mapping.columns == [.word: .number(1), .meanings: .name("Back"), .englishExample: .name("Sentence")])
        let deck = try notes.deck(name: "x", mapping: mapping)
        #expect(deck.entries[0].englishExample == "Ik gebruik de computer elke dag.")
        #expect(deck.entries[0].dutchExample.isEmpty)
        #expect(deck.entries[0].ipa.isEmpty)
        #expect(deck.entries[0].tags == ["imported"])
    }

    @Test("a wrong mapping is shown under its place, with a suggestion")
    func badMapping() {
        func problem(_ text: String) -> String {
            do {
                _ = try AnkiFieldMapping(parsing: text)
                return "no problem"
            } catch {
                return "\(error.position): \(error.message) (\(error.hint ?? ""))"
            }
        }
        #expect(problem("word=1,meaning=2") == "--map:1:8: 'meaning' is not a deck column (did you mean 'meanings'?)")
        #expect(problem("word") == "--map:1:1: expected deck-column=export-column, found 'word' (for example: word=1,meanings=Back)")
        #expect(problem("word=1,word=2") == "--map:1:8: 'word' is mapped twice (map each deck column once)")
        #expect(problem("word=0") == "--map:1:1: column numbers start at 1 (the first column of the export is word=1)")
        #expect(problem("word=") == "--map:1:1: 'word' is mapped to nothing (name an export column by number or name: word=2)")
    }

    @Test("a mapping to a column the export lacks, or without word and meanings, is an error naming the columns")
    func unresolvedMapping() throws {
        let notes = try AnkiNotes.parse(DeckFixtures.bytes("anki-notes.txt"), name: "anki-notes.txt")
        let problems = DeckFixtures.diagnostics { try notes.deck(name: "x", mapping: AnkiFieldMapping([.word: .number(9), .ipa: .name("Uitspraak")])) }
        #expect(problems.map(\.message) == [
            "the mapping gives no column for 'meanings'",
            "the export has no column named 'Uitspraak' for 'ipa'",
            "the export has no column 9 for 'word'",
        ])
        #expect(problems[2].hint == "its columns are: 1 Front, 2 Back, 3 IPA, 4 Sentence, 5 Tags")
    }

    @Test("without #columns the first two ordinary columns are the word and its meanings")
    func positional() throws {
        let notes = try AnkiTests.notes("#separator:Semicolon\n#html:false\n#guid column:1\n#tags column:4\nabc123;gewicht;weight;nl\nxyz789;de laag;layer;\n")
        #expect(AnkiFieldMapping.automatic(for: notes).columns == [.word: .number(2), .meanings: .number(3), .tags: .number(4)])
        let deck = try notes.deck(name: "x", mapping: .automatic(for: notes))
        #expect(deck.entries.map(\.wordWithArticle) == ["gewicht", "de laag"])
        #expect(deck.entries[0].tags == ["nl"])
    }

    @Test("the entries of an export break the rules of a deck at their place in the export")
    func entryProblems() {
        let text = "#separator:tab\n#html:true\ngewicht\tweight\n\tload\nGewicht\t<i>weight</i>\n"
        let problems = DeckFixtures.diagnostics { try AnkiTests.notes(text).deck(name: "x", mapping: AnkiFieldMapping([.word: .number(1), .meanings: .number(2)])) }
        #expect(problems.map { "\($0.position): \($0.message)" } == [
            "notes.txt:4:1: the word is empty",
            "notes.txt:5:1: 'Gewicht' is already in this deck, on line 3",
        ])
    }

    @Test("bad header values and an unclosed quote are reported at their place")
    func badExport() {
        let header = DeckFixtures.diagnostics { try AnkiTests.notes("#separator:Slash\n#html:yes\n#tags column:last\na\tb\n") }
        #expect(header.map { "\($0.position): \($0.message)" } == [
            "notes.txt:1:12: 'Slash' is not a separator Anki knows",
            "notes.txt:2:7: #html is true or false, not 'yes'",
            "notes.txt:3:14: #tags column is a column number (1 for the first column), not 'last'",
        ])
        let quote = DeckFixtures.diagnostics { try AnkiTests.notes("#separator:tab\nwoord\t\"word\nmore\n") }
        #expect(quote.map { "\($0.position): \($0.message)" } == ["notes.txt:2:7: this quoted field is never closed"])
        let after = DeckFixtures.diagnostics { try AnkiTests.notes("#separator:tab\n\"woord\"x\tword\n") }
        #expect(after.map { "\($0.position): \($0.message)" } == ["notes.txt:2:8: expected a separator or the end of the line after a closing quote"])
        let empty = DeckFixtures.diagnostics { try AnkiTests.notes("#separator:tab\n#html:true\n").deck(name: "x", mapping: AnkiFieldMapping([.word: .number(1), .meanings: .number(2)])) }
        #expect(empty.map(\.message) == ["the export has no notes"])
    }

    @Test("the export has Anki's header lines and HTML-escaped fields")
    func export() throws {
        let deck = Deck(name: "x", entries: [
            DeckEntry(word: "gewicht", article: .het, ipa: "ɣəˈʋɪxt", meanings: ["weight", "load"], dutchExample: "Een <groot> gewicht & meer.",
                      englishExample: "A \"large\" weight.", tags: ["noun", "model"]),
            DeckEntry(word: "#hashtag", meanings: ["hashtag"], forms: ["#hashtags"]),
        ])
        #expect(AnkiExport.text(for: deck) == """
            #separator:tab
            #html:true
            #columns:word\tarticle\tipa\tmeanings\texample_nl\texample_en\tforms\ttags
            #tags column:8
            gewicht\thet\tɣəˈʋɪxt\tweight; load\tEen &lt;groot&gt; gewicht &amp; meer.\tA &quot;large&quot; weight.\t\tnoun model
            "#hashtag"\t\t\thashtag\t\t\t"#hashtags"\t

            """)
    }

    @Test("a bundled deck exported to Anki and imported again is the same deck")
    func roundTrip() throws {
        for name in Deck.bundledNames {
            let deck = try Deck.bundled(name)
            let text = AnkiExport.text(for: deck)
            #expect(AnkiNotes.looksLikeExport(Array(text.utf8)))
            let notes = try AnkiNotes.parse(Array(text.utf8), name: "\(name).txt")
            let again = try notes.deck(name: name, mapping: .automatic(for: notes))
            #expect(again.entries.map(\.withoutLine) == deck.entries.map(\.withoutLine))
            #expect(again.entries.first?.line == 5)
        }
    }

    @Test("a knobs deck is not taken for an Anki export")
    func sniffing() {
        #expect(!AnkiNotes.looksLikeExport(Array((DeckColumn.header + "\n").utf8)))
        #expect(!AnkiNotes.looksLikeExport(Array("# a comment: with a colon\n".utf8)))
        #expect(AnkiNotes.looksLikeExport([0xEF, 0xBB, 0xBF] + Array("#html:true\n".utf8)))
    }
}
