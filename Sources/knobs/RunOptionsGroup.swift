import ArgumentParser
import Foundation
import KnobsPluginAPI
import KnobsNotebook
import KnobsREPL
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
                guard let text = String(data: try InputFile.read(params, as: "the parameters file"), encoding: .utf8) else {
                    throw InputFile.refuse("the parameters file '\(params)' is not UTF-8 text", hint: "save it as UTF-8")
                }
                do {
                    try parameters.merge(Parameters(yaml: text))
                } catch let error as ParameterError {
                    throw ParameterError("'\(params)': \(error.description)")
                }
            }
            try parameters.merge(Parameters(assignments: parameter))
            try parameters.check(against: lesson)
        } catch let error as ParameterError {
            throw InputFile.refuse(error.description, hint: "give parameters as -p lr=0.1, or in a YAML file of name: value lines; the lesson's cell knobs id=parameters has their names")
        }
        return RunOptions(limits: limits.limits, budget: budget, seed: seed, parameters: parameters)
    }

    /// Refuses, before any work, a report that could not be written to ``out``.
    func checkOut(inputs: [String]) throws {
        if let out, let problem = OutputFile.problem(out, as: "the report", inputs: inputs) {
            throw InputFile.refuse(problem.message, hint: problem.hint)
        }
    }

    /// Writes the report to ``out``, never over one of `inputs` (the lesson, the key, a submission), or to standard output.
    func write(_ report: String, inputs: [String]) throws {
        guard let out else {
            Console.standardOutput.write(report)
            return
        }
        try OutputFile.write(Data(report.utf8), to: out, as: "the report", inputs: inputs)
    }

    /// Writes a report made part by part: `head`, the parts put aside in `parts`, then `tail`,
    /// to ``out`` (whole or not at all) or to standard output.
    func write(head: String, parts: Spool, tail: String, inputs: [String]) throws {
        let body = { (handle: FileHandle) throws in
            try handle.write(contentsOf: Data(head.utf8))
            try parts.copy(to: handle)
            try handle.write(contentsOf: Data(tail.utf8))
        }
        guard let out else {
            do {
                try body(.standardOutput)
            } catch {
                throw InputFile.refuse("cannot write the report to standard output: \(OutputFile.reason(error))", hint: "write it to a file with --out FILE")
            }
            return
        }
        try OutputFile.write(to: out, as: "the report", inputs: inputs, body)
    }
}

extension ReportFormat: ExpressibleByArgument {}

/// Loading a lesson for a command, with its problems on standard error and exit 2.
enum LessonFile {
    /// A lesson file, read and checked, with the plugins it names loaded.
    struct Loaded {
        let lesson: Lesson
        /// The SHA-256 of the file's bytes: which version of the lesson a report is about.
        let sha256: String
        let plugins: PluginSet
    }

    /// The lesson at `path`, its hash and its plugins; any problem in the lesson, in a
    /// plugin it names or in the content of a plugin's cell (each drawn once here, so that
    /// none fails halfway through a run) is written to standard error, and the command exits 2.
    static func load(_ path: String, symbols: Transcript.Symbols = LessonFile.symbols) throws -> Loaded {
        let data = try InputFile.read(path, as: "the lesson")
        let catalog = BuiltinPlugins.catalog(terminal: transcriptTerminal(symbols))
        do {
            let lesson = try Lesson(contentsOfFile: path, knownPlugins: catalog.lessonPlugins)
            let plugins: PluginSet
            do {
                plugins = try catalog.load(lesson.info.plugins)
            } catch {
                throw DiagnosticList(error.diagnostics.map { problem in
                    var problem = problem
                    problem.notes.append("the lesson \(path) uses plugins: [\(lesson.info.plugins.joined(separator: ", "))]")
                    return problem
                })
            }
            let draw = plugins.cellDrawer(terminal: catalog.terminal)
            let problems = lesson.steps.compactMap { step -> Diagnostic? in
                guard case .pluginCell(let cell) = step, case .failure(let problem) = draw(cell) else { return nil }
                return problem
            }
            guard problems.isEmpty else { throw DiagnosticList(problems) }
            return Loaded(lesson: lesson, sha256: SHA256.hex(data), plugins: plugins)
        } catch let list as DiagnosticList {
            Console.standardError.write(DiagnosticRenderer(color: Console.standardError.usesColor).render(list.diagnostics))
            throw ExitCode(2)
        }
    }

    /// Draws the lesson's plugin cells for the same terminal as ``prepare(_:plugins:)``.
    static func drawCell(_ symbols: Transcript.Symbols, plugins: PluginSet) -> PluginCellDrawer {
        plugins.cellDrawer(terminal: transcriptTerminal(symbols))
    }

    /// Adds `plot`, `scatter` and `boundary`, drawn for a terminal of 78 columns without colour
    /// whatever the terminal, so that a transcript or a grade is the same on every machine, and the lesson's plugins.
    static func prepare(_ symbols: Transcript.Symbols, plugins: PluginSet) -> @Sendable (Interpreter) -> Void {
        let terminal = transcriptTerminal(symbols)
        return { interpreter in
            PlotLibrary.install(into: interpreter, terminal: terminal)
            plugins.install(into: interpreter)
        }
    }

    /// The terminal transcripts and grades draw for: 78 columns, so that output indented by the
    /// transcript's two spaces fits 80; no colour; Unicode as `symbols` say.
    static func transcriptTerminal(_ symbols: Transcript.Symbols) -> Terminal {
        Terminal(width: 78, color: false, unicode: symbols == .unicode)
    }

    /// ✓ and ✗ when the locale speaks UTF-8, else plain ASCII.
    static var symbols: Transcript.Symbols {
        let environment = ProcessInfo.processInfo.environment
        let locale = [environment["LC_ALL"], environment["LC_CTYPE"], environment["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        let lowered = locale.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8") ? .unicode : .ascii
    }
}
