import Foundation
import KnobsPluginAPI

/// Where decks come from: a file of either format, or the decks bundled with knobs.
extension Deck {
    /// The names of the bundled decks: `corner` (the seed article's Dutch corner) and `ai`.
    public static let bundledNames = ["corner", "ai"]

    /// A bundled deck by name.
    ///
    /// - Throws: an unknown name (with the names there are), or a problem of the deck file.
    public static func bundled(_ name: String) throws(DiagnosticList) -> Deck {
        guard bundledNames.contains(name), let path = BundledDeckFiles.path(name), let data = FileManager.default.contents(atPath: path) else {
            let guess = NameSuggestion.closest(to: name, among: bundledNames)
            throw DiagnosticList([Diagnostic(
                .syntax, bundledNames.contains(name) ? "the bundled deck '\(name)' is missing from this installation" : "there is no bundled deck '\(name)'",
                hint: guess.map { "did you mean '\($0)'?" } ?? "the bundled decks are: \(bundledNames.joined(separator: ", "))")])
        }
        var deck = try DeckParser.parse(Array(data), name: "\(name).tsv")
        deck.name = name
        return deck
    }

    /// The deck in the file at `path`: an Anki export (it starts with a `#key:` header line) is
    /// imported with ``AnkiFieldMapping/automatic(for:)`` unless a mapping is given; anything
    /// else is read as a knobs deck.
    ///
    /// - Throws: a file that cannot be read, and every problem of its contents, with the path, line and column.
    public static func read(path: String, mapping: AnkiFieldMapping? = nil) throws(DiagnosticList) -> Deck {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            throw DiagnosticList([Diagnostic(
                .syntax, exists ? (isFolder.boolValue ? "the deck '\(path)' is a folder" : "cannot read the deck '\(path)'") : "there is no deck file '\(path)'",
                source: SourceFile(name: path, text: ""),
                hint: "give the path of a deck file (.tsv), or the name of a bundled deck: \(bundledNames.joined(separator: ", "))")])
        }
        let bytes = Array(data)
        guard mapping != nil || AnkiNotes.looksLikeExport(bytes) else {
            return try DeckParser.parse(bytes, name: path)
        }
        let notes = try AnkiNotes.parse(bytes, name: path)
        return try notes.deck(name: path, mapping: mapping ?? .automatic(for: notes))
    }
}
