import ArgumentParser
import Foundation
import KnobsNotebook
import KnobsTerminal
import KnobsLang

/// The options of `knobs run` and `knobs grade` beyond the limits: seed, budget, report format and where it goes.
struct RunOptionsGroup: ParsableArguments {
    @Option(help: ArgumentHelp("The random seed (default: the lesson's own).", valueName: "n"))
    var seed: UInt64?

    @Option(help: ArgumentHelp("Seconds for a whole lesson run; cells after it is spent do not run.", valueName: "seconds"))
    var budget: Double = 60

    @Option(name: .customShort("p"), help: ArgumentHelp("Give a parameter of the lesson a value: -p lr=0.1 (repeatable).", valueName: "name=value"))
    var parameter: [String] = []

    @Option(help: ArgumentHelp("Read parameters from a YAML or JSON file of name: value.", valueName: "file"))
    var params: String?

    @Option(help: ArgumentHelp("The report's format: text, json, junit, tap or gradescope.", valueName: "format"))
    var format: ReportFormat = .text

    @Option(help: ArgumentHelp("Write the report to this file (for gradescope and several submissions, a folder).", valueName: "path"))
    var out: String?

    @Flag(help: "Show the key's answer to each question answered wrong (reports never do otherwise).")
    var revealAnswers = false

    func validate() throws {
        guard budget > 0, budget.isFinite else { throw ValidationError("--budget must be a positive number of seconds, got \(budget)") }
    }

    /// The run's options for `lesson`; bad parameters are exit 2.
    func runOptions(limits: LimitOptions, for lesson: Lesson) throws -> RunOptions {
        var parameters = Parameters()
        do {
            if let params {
                guard let data = FileManager.default.contents(atPath: params) else { throw LessonFile.refuse("cannot open '\(params)'") }
                try parameters.merge(Parameters(yaml: String(decoding: data, as: UTF8.self)))
            }
            try parameters.merge(Parameters(assignments: parameter))
            try parameters.check(against: lesson)
        } catch let error as ParameterError {
            throw LessonFile.refuse(error.description)
        }
        return RunOptions(limits: limits.limits, budget: budget, seed: seed, parameters: parameters)
    }

    /// Writes the report to ``out``, or standard output.
    func write(_ report: String) throws {
        guard let out else {
            Console.standardOutput.write(report)
            return
        }
        do {
            try Data(report.utf8).write(to: URL(fileURLWithPath: out))
        } catch {
            throw LessonFile.refuse("cannot write '\(out)': \(error.localizedDescription)")
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}

/// Loading a lesson for a command, with its problems on standard error and exit 2.
enum LessonFile {
    /// The lesson at `path` and the SHA-256 of its bytes.
    static func load(_ path: String) throws -> (Lesson, String) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw refuse("cannot open '\(path)': " + (FileManager.default.fileExists(atPath: path) ? "it cannot be read" : "no such file"))
        }
        do {
            return (try Lesson(contentsOfFile: path), SHA256.hex(data))
        } catch let list as DiagnosticList {
            Console.standardError.write(DiagnosticRenderer(color: Console.standardError.usesColor).render(list.diagnostics))
            throw ExitCode(2)
        }
    }

    static func refuse(_ message: String) -> ExitCode {
        Console.standardError.write("error: \(message)\n")
        return ExitCode(2)
    }

    /// Adds `plot`, `scatter` and `boundary`, drawn 80 columns wide without colour whatever the
    /// terminal, so that a transcript or a grade is the same on every machine.
    static func plots(_ symbols: Transcript.Symbols) -> @Sendable (Interpreter) -> Void {
        let terminal = Terminal(width: 80, color: false, unicode: symbols == .unicode)
        return { PlotLibrary.install(into: $0, terminal: terminal) }
    }

    /// ✓ and ✗ when the locale speaks UTF-8, else plain ASCII.
    static var symbols: Transcript.Symbols {
        let environment = ProcessInfo.processInfo.environment
        let locale = [environment["LC_ALL"], environment["LC_CTYPE"], environment["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        let lowered = locale.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8") ? .unicode : .ascii
    }
}
