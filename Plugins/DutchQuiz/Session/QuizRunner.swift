import Foundation
import KnobsPluginAPI

/// What `knobs quiz` and `:quiz` both do with their options: a session on a deck, or the statistics.
public enum QuizRunner {
    /// Runs the quiz `options` ask for.
    ///
    /// - Parameters:
    ///   - errorColor: whether diagnostics on standard error may be coloured.
    ///   - speaker: espeak-ng, or nil when it is not installed.
    /// - Returns: the exit code: 0 done (also when the learner left early), 1 the database
    ///   failed, 2 a deck with problems (each written to standard error).
    public static func run(_ options: QuizOptions, console: QuizConsole, records: QuizRecords, speaker: Speaker?,
                           errorColor: Bool, timeZone: TimeZone = .current) -> Int32 {
        let quizDeck: QuizDeck?
        do {
            let name = options.deck ?? (options.stats ? nil : QuizOptions.defaultDeck)
            quizDeck = try name.map { name throws(DiagnosticList) in try QuizDeck.load(name) }
        } catch {
            console.writeError(DiagnosticRenderer(color: errorColor).render(error.diagnostics))
            return 2
        }
        do {
            if options.stats {
                let statistics = QuizStatistics(
                    cards: try records.cards(), reviews: try records.reviews(), decks: quizDeck.map { [$0] } ?? QuizStatistics.bundledDecks(),
                    onlyTheseDecks: quizDeck != nil, now: QuizClock(now: options.now).now(), timeZone: timeZone)
                console.write(statistics.render(console.terminal))
            } else if let quizDeck {
                try QuizSession(deck: quizDeck, options: options, console: console, records: records, speaker: speaker, timeZone: timeZone).run()
            }
            return 0
        } catch {
            console.writeError("error: the quiz could not use the knobs database: \(error)\n")
            return 1
        }
    }
}
