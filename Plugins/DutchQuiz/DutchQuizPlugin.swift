import KnobsPluginAPI

/// The Dutch vocabulary quiz: decks, answer matching, FSRS scheduling and quiz sessions.
///
/// It adds the REPL commands `:quiz` and `:say`, the functions `deck(name)` and
/// `ipa(word)`, and the lesson cell kind `words` (a table of words of the decks);
/// `knobs quiz` runs the same sessions from the command line.
public struct DutchQuizPlugin: KnobsPlugin {
    public static let manifest = PluginManifest(
        name: "dutch-quiz", version: "0.3.0",
        summary: "Drill the Dutch words of the lessons with spaced repetition (FSRS): :quiz, :say, deck(), ipa(), and words cells in lessons.",
        cellKinds: [WordsCell.name])

    public init() {}

    public func register(into host: PluginHost) throws {
        var decks: [String: Deck] = [:]
        for name in Deck.bundledNames {
            decks[name] = try? Deck.bundled(name)
        }
        DeckFunctions.register(into: host, decks: decks)
        QuizCommands.register(into: host, plugin: Self.manifest.name, decks: decks)
        WordsCell.register(into: host, decks: decks)
    }
}
