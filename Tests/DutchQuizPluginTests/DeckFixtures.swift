import DutchQuizPlugin
import Foundation
import KnobsPluginAPI

/// Deck files for the tests, and the problems a deck text gives, as `file:line:col: message`.
enum DeckFixtures {
    /// The path of a file in `Fixtures/decks`.
    static func path(_ name: String) -> String {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/decks/\(name)").path
    }

    /// The bytes of a file in `Fixtures/decks`.
    static func bytes(_ name: String) -> [UInt8] {
        Array(FileManager.default.contents(atPath: path(name)) ?? Data())
    }

    /// The deck a text makes, or nil with the problems in `problems(_:)`.
    static func parse(_ text: String, name: String = "test.tsv") throws(DiagnosticList) -> Deck {
        try DeckParser.parse(Array(text.utf8), name: name)
    }

    /// Every problem of a deck text as `file:line:col: message`; empty when it parses.
    static func problems(_ bytes: [UInt8], name: String = "test.tsv") -> [String] {
        do {
            _ = try DeckParser.parse(bytes, name: name)
            return []
        } catch {
            return error.diagnostics.map { "\($0.position): \($0.message)" }
        }
    }

    static func problems(_ text: String) -> [String] {
        problems(Array(text.utf8))
    }

    /// The diagnostics a throwing call gives; none when it does not throw.
    static func diagnostics<T>(_ body: () throws -> T) -> [Diagnostic] {
        do {
            _ = try body()
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics
        } catch let one as Diagnostic {
            return [one]
        } catch {
            return [Diagnostic(.runtime, "unexpected error: \(error)")]
        }
    }

    /// A deck file: the header with every column, then the rows, each a list of fields.
    static func deckText(_ rows: [[String]]) -> String {
        ([DeckColumn.header] + rows.map { $0.joined(separator: "\t") }).joined(separator: "\n") + "\n"
    }

    /// An entry for matching tests.
    static func entry(_ word: String, _ article: NounArticle? = nil, meanings: [String] = ["x"], tags: [String] = [], forms: [String] = [], example: String = "") -> DeckEntry {
        DeckEntry(word: word, article: article, meanings: meanings, dutchExample: example, tags: tags, forms: forms)
    }
}
