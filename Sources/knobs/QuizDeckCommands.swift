import ArgumentParser
import DutchQuizPlugin
import Foundation
import KnobsPluginAPI

/// `knobs quiz import ANKI.txt [-o deck.tsv] [--map …]`: Anki's plain-text notes as a knobs deck.
struct QuizImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn Anki's \"Notes in Plain Text\" export into a knobs deck.",
        discussion: """
            Without --map, columns are matched by their #columns: names (Front, Back, IPA, …), \
            else the first two become word and meanings. See docs/QUIZ.md, "Anki".

            Example: knobs quiz import notes.txt --map word=1,meanings=Back,ipa=3 -o words.tsv
            """
    )

    @Argument(help: ArgumentHelp("The Anki export, or - for standard input.", valueName: "anki.txt"), completion: .file(extensions: ["txt", "csv", "tsv"]))
    var export: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the deck here (default: standard output).", valueName: "deck.tsv"), completion: .file(extensions: ["tsv"]))
    var output: String?

    @Option(help: ArgumentHelp("Which export column fills which deck column: word=1,meanings=Back,…", valueName: "mapping"))
    var map: String?

    func run() throws {
        let (data, name) = try InputFile.readFileOrStandardInput(export, as: "the Anki export")
        let deck = try QuizFiles.reporting { () throws(DiagnosticList) -> Deck in
            let notes = try AnkiNotes.parse(Array(data), name: name)
            var mapping = AnkiFieldMapping.automatic(for: notes)
            if let map {
                do throws(Diagnostic) {
                    mapping = try AnkiFieldMapping(parsing: map)
                } catch {
                    throw DiagnosticList([error])
                }
            }
            return try notes.deck(name: name, mapping: mapping)
        }
        try QuizFiles.write(DeckWriter.text(for: deck), to: output, as: "the deck", inputs: [export])
        if let output { Console.standardError.write("Wrote \(deck.entries.count) words to \(output).\n") }
    }
}

/// `knobs quiz export DECK [-o anki.txt]`: a deck as Anki's plain-text notes.
struct QuizExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a deck (corner, ai or a deck file) as Anki \"Notes in Plain Text\", ready to import.",
        discussion: "Example: knobs quiz export ai -o ai-anki.txt"
    )

    @Argument(help: ArgumentHelp("A bundled deck (corner, ai) or a deck file.", valueName: "deck"))
    var deck: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the notes here (default: standard output).", valueName: "anki.txt"), completion: .file(extensions: ["txt"]))
    var output: String?

    func run() throws {
        let quizDeck = try QuizFiles.reporting { () throws(DiagnosticList) -> QuizDeck in try QuizDeck.load(deck) }
        try QuizFiles.write(AnkiExport.text(for: quizDeck.deck), to: output, as: "the notes", inputs: [deck])
        if let output { Console.standardError.write("Wrote \(quizDeck.deck.entries.count) notes to \(output).\n") }
    }
}

/// Reading and writing the files of the quiz's tools.
enum QuizFiles {
    /// The value of `body`, or its problems on standard error and exit code 2.
    static func reporting<T>(_ body: () throws(DiagnosticList) -> T) throws -> T {
        do {
            return try body()
        } catch {
            Console.standardError.write(DiagnosticRenderer(color: Console.standardError.usesColor).render(error.diagnostics))
            throw ExitCode(2)
        }
    }

    /// Writes `text` to `path`, never over one of `inputs`, or to standard output without one.
    static func write(_ text: String, to path: String?, as role: String, inputs: [String]) throws {
        guard let path else {
            Console.standardOutput.write(text)
            return
        }
        try OutputFile.write(Data(text.utf8), to: path, as: role, inputs: inputs)
    }
}
