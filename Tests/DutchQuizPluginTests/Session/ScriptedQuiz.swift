import Foundation
import KnobsPluginAPI
@testable import DutchQuizPlugin

/// A learner typing a fixed script: the lines go in one by one, then the input ends.
final class ScriptedConsole: QuizConsole {
    let terminal = Terminal(width: 80, color: false, unicode: true)
    private var lines: [String]
    private(set) var output = ""
    private(set) var errors = ""
    /// The prompts shown, one per line read (and one for the end of the input).
    private(set) var prompts: [String] = []

    init(_ lines: [String]) {
        self.lines = lines
    }

    func write(_ text: String) { output += text }
    func writeError(_ text: String) { errors += text }

    func readLine(prompt: String) -> String? {
        prompts.append(prompt)
        return lines.isEmpty ? nil : lines.removeFirst()
    }

    /// Whether every scripted line was read.
    var readEverything: Bool { lines.isEmpty }
}

/// A speaker that remembers what it was asked to say.
final class RecordingSpeaker: Speaker, @unchecked Sendable {
    private let lock = NSLock()
    private var said: [String] = []

    func speak(_ text: String) -> String? {
        lock.withLock { said.append(text) }
        return nil
    }

    var spoken: [String] { lock.withLock { said } }
}

/// A record store whose writes fail, as a full disk would.
final class FailingRecordStore: PluginRecordStore, @unchecked Sendable {
    struct Full: Error, CustomStringConvertible {
        var description: String { "disk full" }
    }

    func documents(plugin: String, kind: String) throws -> [StoredRecord] { [] }
    func log(plugin: String, kind: String, since: Date?) throws -> [StoredRecord] { [] }
    func commit(plugin: String, saving documents: [StoredRecord], appending entries: [StoredRecord]) throws { throw Full() }
}

/// Sessions on small decks, with records in memory, a fixed clock and a seed.
enum ScriptedQuiz {
    /// 2024-03-01T09:00:00Z.
    static let start = Date(timeIntervalSince1970: 1_709_283_600)

    /// A deck of four entries: two nouns, a verb with a form, and a word with accents.
    static let deck: Deck = {
        let entries = [
            DeckEntry(word: "gewicht", article: .het, ipa: "ɣəˈʋɪxt", meanings: ["weight"], dutchExample: "Elk gewicht is een getal.",
                      englishExample: "Every weight is a number.", tags: ["noun", "model"]),
            DeckEntry(word: "netwerk", article: .het, ipa: "ˈnɛtʋɛrk", meanings: ["(neural) network"], dutchExample: "Het netwerk leert.",
                      englishExample: "The network learns.", tags: ["noun", "model"]),
            DeckEntry(word: "trainen", ipa: "ˈtreːnə(n)", meanings: ["to train"], dutchExample: "Het model is getraind.",
                      englishExample: "The model was trained.", tags: ["verb", "training"], forms: ["getraind"]),
            DeckEntry(word: "één", ipa: "eːn", meanings: ["one"], dutchExample: "Er is één fout.", englishExample: "There is one mistake.",
                      tags: ["numeral"]),
        ]
        return Deck(name: "test", entries: entries)
    }()

    /// A store in memory, shared by the sessions of one test.
    static func records() -> QuizRecords {
        QuizRecords(PluginRecords(plugin: "dutch-quiz", store: MemoryRecordStore()))
    }

    /// Runs a session on `deck` with `lines` typed; returns the console and the summary.
    @discardableResult
    static func run(
        _ lines: [String], mode: QuizMode, new: Int = 4, at now: Date = start, records: QuizRecords,
        speaker: Speaker? = nil, deck: Deck = ScriptedQuiz.deck, seed: UInt64 = 1, articles: Bool = false
    ) throws -> (console: ScriptedConsole, summary: SessionSummary) {
        let console = ScriptedConsole(lines)
        let options = QuizOptions(deck: "test", mode: mode, newLimit: new, seed: seed, now: now, articles: articles)
        let session = QuizSession(deck: QuizDeck(deck: deck, name: "test"), options: options, console: console, records: records,
                                  speaker: speaker, timeZone: TimeZone(identifier: "UTC")!)
        let summary = try session.run()
        return (console, summary)
    }
}
