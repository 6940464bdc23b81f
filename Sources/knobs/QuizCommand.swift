import ArgumentParser
import DutchQuizPlugin
import Foundation
import KnobsPluginAPI
import KnobsREPL
import KnobsStore

/// `knobs quiz`: the Dutch vocabulary quiz, and its tools (replay, import, export).
struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Drill Dutch words with spaced repetition (FSRS): a session, the statistics, a replay, Anki import and export.",
        discussion: """
            knobs quiz alone runs a session on the ai deck: the reviews that are due, then up to \
            10 new words. See docs/QUIZ.md.

            Examples:
              knobs quiz --deck corner
              knobs quiz --deck ai --mode production --new 5
              knobs quiz --stats
              knobs quiz replay history.csv --format json
              knobs quiz import anki-notes.txt -o words.tsv
            """,
        subcommands: [QuizSessionCommand.self, QuizReplayCommand.self, QuizImportCommand.self, QuizExportCommand.self],
        defaultSubcommand: QuizSessionCommand.self
    )
}

/// `knobs quiz [--deck D] [--mode M] [--new N] [--articles] [--seed N] [--now T] [--stats]`: one session.
struct QuizSessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "Quiz yourself: the due reviews, then up to --new new words (what knobs quiz alone does).",
        discussion: """
            Type the answer and press Enter (Enter alone shows it); then Enter keeps the grade, \
            or 1-4 (again, hard, good, easy) gives your own. :say speaks the word, :skip passes \
            it, :quit or Ctrl-D ends the session. Every grade is saved at once.

            When standard input is not a terminal, answers and grades are read one a line, \
            without prompts: printf 'de computer\\n\\n' | knobs quiz --deck corner --mode production --new 1

            Listening questions need espeak-ng (Debian: apt-get install espeak-ng) on PATH.
            """
    )

    @Option(help: ArgumentHelp("A bundled deck (corner, ai) or a deck file (default: ai; with --stats, every deck).", valueName: "deck"),
            completion: .file(extensions: ["tsv", "txt"]))
    var deck: String?

    @Option(help: ArgumentHelp("How to ask: \(QuizMode.names.joined(separator: ", ")) (default: mixed).", valueName: "mode"))
    var mode: String?

    // .unconditional: `--new -1` reaches parseNewLimit, which says what is wrong with it,
    // rather than argument-parser taking -1 for an option and saying the value is missing.
    @Option(name: .customLong("new"), parsing: .unconditional, help: ArgumentHelp("At most this many new words, after the due reviews (default: \(QuizOptions.defaultNewLimit)).", valueName: "n"))
    var newLimit: String?

    @Flag(help: "Ask for de or het with every noun typed in Dutch (English → Dutch, listening); without it the answer is almost.")
    var articles = false

    @Option(parsing: .unconditional, help: ArgumentHelp("Fix the random choices: interval fuzz, multiple-choice options, mixed questions.", valueName: "n"))
    var seed: String?

    @Option(help: ArgumentHelp("Run as if it were this time, which then stands still (ISO 8601 with a time zone: 2024-03-01T09:00:00Z); for tests.", valueName: "time"))
    var now: String?

    @Flag(help: "Show the statistics instead: cards by state, retention over 30 days, the streak, a 14-day forecast.")
    var stats = false

    /// The options as the quiz takes them; a bad one is a usage error.
    private func quizOptions() throws -> QuizOptions {
        do {
            return QuizOptions(
                deck: deck, mode: try mode.map(QuizOptions.parseMode) ?? .mixed,
                newLimit: try newLimit.map(QuizOptions.parseNewLimit) ?? QuizOptions.defaultNewLimit,
                seed: try seed.map(QuizOptions.parseSeed), now: try now.map(QuizOptions.parseTime), stats: stats,
                articles: articles)
        } catch {
            throw ValidationError(error.description)
        }
    }

    // Here, so that a bad option's message comes with this command's usage.
    func validate() throws {
        _ = try quizOptions()
    }

    func run() throws {
        let options = try quizOptions()
        let code = QuizTerminal.withConsole { console in
            QuizRunner.run(options, console: console, records: Self.openRecords, speaker: EspeakSpeaker.find(), errorColor: Console.standardError.usesColor)
        }
        if code != 0 { throw ExitCode(code) }
    }

    /// The quiz's records in the knobs database, or nil when it cannot be opened, said on standard error.
    private static func openRecords() -> QuizRecords? {
        do {
            return QuizRecords(PluginRecords(plugin: DutchQuizPlugin.manifest.name, store: try ProgressStore.openDefault()))
        } catch {
            Console.standardError.write(ProgressStore.problem("error", "the quiz needs the knobs database to keep your reviews, and it cannot be opened", error))
            return nil
        }
    }
}
