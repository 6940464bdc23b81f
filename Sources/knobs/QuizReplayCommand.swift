import ArgumentParser
import DutchQuizPlugin
import Foundation
import KnobsPluginAPI

/// `knobs quiz replay LOG.csv [--format table|json]`: a review history through the scheduler.
struct QuizReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay a review history (card_id,review_time,rating CSV) through FSRS: each card's state after every review.",
        discussion: """
            The history is CSV with a header naming card_id, review_time (ISO 8601 with a time \
            zone) and rating (1 again, 2 hard, 3 good, 4 easy). Intervals are not fuzzed, so the \
            due times are those of the fsrs package. See docs/QUIZ.md, "Replaying a review history".
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @Argument(help: ArgumentHelp("The history, or - for standard input.", valueName: "log.csv"), completion: .file(extensions: ["csv"]))
    var log: String

    @Option(help: ArgumentHelp("table for people, json for programs.", valueName: "format"))
    var format: Format = .table

    func run() throws {
        let (data, name) = try InputFile.readFileOrStandardInput(log, as: "the history")
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputFile.refuse("the history '\(name)' is not UTF-8 text", hint: "save it as UTF-8")
        }
        do {
            let history = try ReviewHistory.parse(text: text, name: name)
            let report = Replay.run(history, scheduler: try Scheduler())
            Console.standardOutput.write(format == .json ? report.renderJSON() : report.renderTable())
        } catch let problems as DiagnosticList {
            Console.standardError.write(DiagnosticRenderer(color: Console.standardError.usesColor).render(problems.diagnostics))
            throw ExitCode(2)
        }
    }
}
