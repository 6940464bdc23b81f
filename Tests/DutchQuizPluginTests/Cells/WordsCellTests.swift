import DutchQuizPlugin
import KnobsPluginAPI
import Testing

/// The quiz's lesson cell kind, ```` ```knobs words ````: words of the bundled decks as a table.
@Suite("words cells")
struct WordsCellTests {
    static let plugins = try! PluginCatalog(builtIn: [DutchQuizPlugin.self], searchPaths: []).load(["dutch-quiz"])

    /// The cell drawn, its text on the lesson's lines 11 on.
    static func draw(_ text: String, width: Int = 80, unicode: Bool = true) -> Result<String, Diagnostic> {
        plugins.drawCell(kind: "words", source: SourceFile(name: "lesson.md", text: text + "\n", lineOffset: 10),
                         terminal: Terminal(width: width, color: false, unicode: unicode))
    }

    /// Where each line has its column bars, counted in characters (every character of the bundled decks is one column wide).
    static func bars(_ table: String, bar: Character) -> Set<[Int]> {
        Set(table.split(separator: "\n").filter { $0.contains(bar) }.map { line in line.enumerated().filter { $0.element == bar }.map(\.offset) })
    }

    @Test("the manifest lists the kind, and the plugin adds it")
    func listed() {
        #expect(DutchQuizPlugin.manifest.cellKinds == ["words"])
        #expect(Self.plugins.cellKinds.map(\.name) == ["words"])
    }

    @Test("words with and without their article: a table of word, pronunciation and meaning, its columns aligned")
    func table() throws {
        let table = try Self.draw("het idee\ncomputer\n\ngewicht").get()
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.count == 5, "\(table)")
        #expect(lines[0].hasPrefix("word ") && lines[0].contains(" │ pronunciation ") && lines[0].hasSuffix(" │ meaning"))
        #expect(lines[1].allSatisfy { $0 == "─" || $0 == "┼" })
        #expect(lines[2].hasPrefix("het Idee ") && lines[2].contains("│ /iˈdeː/ ") && lines[2].hasSuffix("│ Idea"), "\(table)")
        #expect(lines[3].hasPrefix("de Computer ") && lines[3].contains("/kɔmˈpytər/"), "\(table)")
        #expect(lines[4].hasPrefix("het gewicht ") && lines[4].contains("/ɣəˈʋɪxt/"), "\(table)")
        #expect(Self.bars(table, bar: "│").count == 1, "every row has its bars in the same columns: \(table)")
        #expect(lines.allSatisfy { $0.last != " " })
    }

    @Test("deck: NAME gives every word of a bundled deck, within 80 columns on a wide terminal and within a narrow one's width",
          arguments: [120, 78])
    func wholeDeck(_ width: Int) throws {
        let table = try Self.draw("deck: ai", width: width).get()
        let lines = table.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= min(width, 80) }, "\(table)")
        #expect(Self.bars(table, bar: "│").count == 1, "\(table)")
        let words = lines.dropFirst(2).filter { !$0.hasPrefix(" ") }.count
        #expect(words == (try Deck.bundled("ai")).entries.count, "one row per word of the deck")
    }

    @Test("too narrow a terminal for the table: each word on a line with its pronunciation, its meaning indented below", arguments: [60, 40, 20])
    func narrow(_ width: Int) throws {
        let table = try Self.draw("deck: ai", width: width).get()
        let lines = table.split(separator: "\n")
        // As the REPL's own text wraps: a word longer than the line (an IPA of 21 characters in 20 columns) stands alone.
        #expect(lines.allSatisfy { $0.count <= width || !$0.trimmingPrefix("    ").contains(" ") }, "\(table)")
        #expect(width < 40 || lines.allSatisfy { $0.count <= width }, "\(table)")
        #expect(!table.contains("│"))
        let corner = try Self.draw("het idee\ncomputer", width: 30).get()
        #expect(corner == "het Idee /iˈdeː/\n    Idea\nde Computer /kɔmˈpytər/\n    Computer\n")
    }

    @Test("without Unicode the bars are ASCII")
    func ascii() throws {
        let table = try Self.draw("idee", unicode: false).get()
        #expect(table.split(separator: "\n")[1].allSatisfy { $0 == "-" || $0 == "+" }, "\(table)")
        #expect(table.contains(" | /iˈdeː/ ") && table.hasSuffix(" | Idea\n"), "\(table)")
    }

    @Test("a word or deck the bundled decks lack is reported at its line and column in the lesson, with a guess",
          arguments: [("idee\n  fiets", "lesson.md:12:3", "the bundled decks have no word 'fiets'"),
                      ("idee\ncomputr", "lesson.md:12:1", "the bundled decks have no word 'computr'"),
                      ("deck: cornr", "lesson.md:11:1", "there is no bundled deck 'cornr'"),
                      ("\n", "lesson.md:11:1", "the words cell names no word")])
    func badContent(_ text: String, _ position: String, _ message: String) {
        guard case .failure(let problem) = Self.draw(text) else {
            Issue.record("\(text) was drawn")
            return
        }
        #expect(problem.position == position)
        #expect(problem.message == message)
        if message.contains("computr") { #expect(problem.hint == "did you mean 'Computer'?") }
        if message.contains("cornr") { #expect(problem.hint == "did you mean deck: corner?") }
    }
}
