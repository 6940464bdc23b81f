import Foundation
import KnobsPluginAPI

/// A deck to quiz, with the name its cards are kept under.
public struct QuizDeck: Sendable {
    public let deck: Deck
    /// The name in the card keys (`corner/idee`): a bundled deck's name, or a deck file's name
    /// without its folder and extension, so that a deck file keeps its progress when it moves.
    public let name: String

    public init(deck: Deck, name: String) {
        self.deck = deck
        self.name = name
    }

    /// A bundled deck by name (`corner`, `ai`), or the deck file at a path.
    ///
    /// A word that is not a bundled deck's name and names no file is taken for a mistyped
    /// bundled name, whose error suggests the closest.
    ///
    /// - Throws: the deck's problems, each at its file, line and column.
    public static func load(_ nameOrPath: String) throws(DiagnosticList) -> QuizDeck {
        if Deck.bundledNames.contains(nameOrPath) {
            return QuizDeck(deck: try Deck.bundled(nameOrPath), name: nameOrPath)
        }
        let looksLikePath = nameOrPath.contains("/") || nameOrPath.contains(".") || FileManager.default.fileExists(atPath: nameOrPath)
        guard looksLikePath else { return QuizDeck(deck: try Deck.bundled(nameOrPath), name: nameOrPath) }
        let deck = try Deck.read(path: nameOrPath)
        return QuizDeck(deck: deck, name: URL(fileURLWithPath: nameOrPath).deletingPathExtension().lastPathComponent)
    }
}
