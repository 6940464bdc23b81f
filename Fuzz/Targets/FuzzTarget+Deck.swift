import DutchQuizPlugin
import KnobsLang

extension FuzzTarget {
    /// Reads `bytes` as `Deck.read(path:)` reads a file: an Anki export
    /// through ``AnkiNotes`` and its automatic mapping, anything else with
    /// ``DeckParser``. A knobs deck that parses is written with ``DeckWriter``
    /// and must read back to the same words.
    static func runDeck(_ bytes: [UInt8]) {
        do {
            if AnkiNotes.looksLikeExport(bytes) {
                let notes = try AnkiNotes.parse(bytes, name: "<fuzz>.txt")
                _ = try notes.deck(name: "<fuzz>.txt", mapping: .automatic(for: notes))
                return
            }
            let deck = try DeckParser.parse(bytes, name: "<fuzz>.tsv")
            let again = try DeckParser.parse(Array(DeckWriter.text(for: deck).utf8), name: "<fuzz again>.tsv")
            precondition(again.entries.map(withoutLine) == deck.entries.map(withoutLine), "a written deck reads back to other words")
        } catch {
            _ = DiagnosticRenderer(color: false).render(error.diagnostics)
        }
    }

    /// An entry with its line number cleared, since writing a deck renumbers its lines.
    private static func withoutLine(_ entry: DeckEntry) -> DeckEntry {
        var entry = entry
        entry.line = 0
        return entry
    }
}
