import Foundation
import KnobsPluginAPI

/// The lesson cell kind ```` ```knobs words ````: words of the bundled decks, one a line,
/// drawn as a table of each word with its article, its pronunciation and its meaning.
///
/// A line is a word or phrase of a deck (`idee`, or with its article, `het idee`), or
/// `deck: NAME` for every word of a bundled deck; blank lines are skipped. A word the decks
/// do not have is reported at its line and column in the lesson.
enum WordsCell {
    /// The cell's name in a lesson, as the manifest lists it.
    static let name = "words"

    /// Adds the `words` cell kind, reading from the bundled `decks` (by name).
    static func register(into host: PluginHost, decks: [String: Deck]) {
        host.cellKind(PluginCellKind(
            name: name, summary: "Words of the bundled decks, one a line (or deck: NAME for a whole deck), as a table of word, pronunciation and meaning."
        ) { text, terminal in
            WordTable.draw(try entries(in: text, decks: decks), terminal: terminal)
        })
    }

    /// The entries the cell's lines name, in order.
    ///
    /// - Throws: ``CellContentProblem`` at the first line naming a word or deck that is not bundled, or when no line names any.
    static func entries(in text: String, decks: [String: Deck]) throws -> [DeckEntry] {
        var entries: [DeckEntry] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let column = line.prefix { $0 == " " || $0 == "\t" }.count + 1
            let word = line.trimmingCharacters(in: .whitespaces)
            if word.isEmpty { continue }
            if word.hasPrefix("deck:") {
                let name = word.dropFirst("deck:".count).trimmingCharacters(in: .whitespaces)
                guard let deck = decks[name] else {
                    let guess = NameSuggestion.closest(to: name, among: decks.keys)
                    throw CellContentProblem("there is no bundled deck '\(name)'", line: index + 1, column: column,
                                             hint: guess.map { "did you mean deck: \($0)?" } ?? "the bundled decks are: \(Deck.bundledNames.joined(separator: ", "))")
                }
                entries += deck.entries
            } else if let entry = DeckFunctions.lookUp(word, in: decks) {
                entries.append(entry)
            } else {
                let all = Deck.bundledNames.compactMap { decks[$0] }.flatMap(\.entries).map(\.word)
                let guess = NameSuggestion.closest(to: word, among: all)
                throw CellContentProblem("the bundled decks have no word '\(word)'", line: index + 1, column: column,
                                         hint: guess.map { "did you mean '\($0)'?" } ?? "deck(\"ai\") lists the words they have")
            }
        }
        guard !entries.isEmpty else {
            throw CellContentProblem("the words cell names no word", line: 1, hint: "write one word of a deck a line, or deck: corner")
        }
        return entries
    }
}
