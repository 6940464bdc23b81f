import Foundation
import KnobsLang
import KnobsNotebook
import KnobsPluginAPI
import KnobsStore
import KnobsTerminal

/// The interactive front end: a prompt that steps through lessons, runs any
/// knobs code in the lesson's environment, and checks exercises.
///
/// Enter on an empty line runs or shows the next step; `:` commands move
/// around; other input is code, or the answer to the exercise or question
/// the learner is on. Progress goes to the store after every change.
public final class REPL {
    /// Where the lessons are, and how runs are bounded.
    public struct Options: Sendable {
        public var lessonsFolder: String
        public var limits: Limits
        public var terminal: Terminal
        /// Whether diagnostics on standard error may use colour.
        public var errorColor: Bool
        /// The plugins lessons and free code may use.
        public var plugins: PluginCatalog

        public init(lessonsFolder: String, limits: Limits = .standard, terminal: Terminal, errorColor: Bool,
                    plugins: PluginCatalog = PluginCatalog(builtIn: [], searchPaths: [])) {
            self.lessonsFolder = lessonsFolder
            self.limits = limits
            self.terminal = terminal
            self.errorColor = errorColor
            self.plugins = plugins
        }
    }

    let options: Options
    let catalog: LessonCatalog
    /// Where progress is kept: opened by the first command that reads or saves
    /// progress (opening a lesson, `:lessons`), so that a session that opens no
    /// lesson never touches the database; nil when it cannot be opened.
    lazy var store: ProgressStore? = openStore()
    private let openStore: () -> ProgressStore?
    /// Where lines come from, while ``run(reader:opening:)`` runs.
    var reader: LineReader = PipedLineReader()
    let output: (String) -> Void
    let errorOutput: (String) -> Void
    let renderer: MarkdownRenderer
    /// Which interpreter Ctrl-C stops while code runs; give its ``RunningInterpreter/interrupt()`` to an ``InterruptWatcher``.
    public let running = RunningInterpreter()

    /// The lesson the learner is in, if any.
    var session: Session?
    /// The environment for code typed with no lesson open, with every plugin
    /// that loads installed (the others' problems shown): made when first
    /// needed (code typed, Tab, `:plugins`, `:vars`), since loading the plugins
    /// costs a start more than anything else it does (the quiz reads its
    /// bundled deck), and a learner who goes straight into a lesson never
    /// needs it.
    lazy var scratch: Interpreter = makeScratch()
    /// The plugins free code uses: every one that loads.
    var freePlugins: PluginSet {
        _ = scratch
        return loadedFreePlugins
    }
    private var loadedFreePlugins = PluginSet.empty
    /// The plugins the open lesson names.
    var lessonPlugins = PluginSet.empty
    var quitting = false
    /// Whether a failed save has said what to do about it (once a session is enough).
    var warnedAboutSaving = false
    /// The attempts at each task of the open lesson that are in the store, from this
    /// process or from before it opened the lesson (see ``saveTask(_:_:code:)``).
    var savedAttempts: [String: Int] = [:]

    /// A REPL on the lessons of `catalog` (by default, those in `options.lessonsFolder`).
    ///
    /// - Parameters:
    ///   - openStore: Opens the progress store, the first time progress is read or saved; nil when there is none.
    public init(options: Options, catalog: LessonCatalog? = nil, openStore: @escaping () -> ProgressStore?,
                output: @escaping (String) -> Void, errorOutput: @escaping (String) -> Void) {
        self.options = options
        self.catalog = catalog ?? LessonCatalog(folder: options.lessonsFolder, knownPlugins: options.plugins.lessonPlugins)
        self.openStore = openStore
        self.output = output
        self.errorOutput = errorOutput
        self.renderer = MarkdownRenderer(terminal: options.terminal)
    }

    private func makeScratch() -> Interpreter {
        let scratch = Interpreter(limits: options.limits, output: output)
        PlotLibrary.install(into: scratch, terminal: options.terminal)
        let (plugins, problems) = options.plugins.loadAll()
        plugins.install(into: scratch)
        if !problems.isEmpty {
            errorOutput(DiagnosticRenderer(color: options.errorColor).render(problems) + "These plugins are left out until their problems are fixed.\n")
        }
        loadedFreePlugins = plugins
        return scratch
    }

    /// The interpreter that runs the learner's code now.
    var interpreter: Interpreter { session?.interpreter ?? scratch }

    /// Reads and handles lines from `reader` until `:quit` or the end of input; saves history and progress.
    public func run(reader: LineReader, opening lesson: String? = nil) {
        self.reader = reader
        if let lesson {
            open(lesson)
        } else {
            greet()
        }
        var pending: [String] = []
        while !quitting {
            let prompt = pending.isEmpty ? Prompt.main(session: session, terminal: options.terminal) : Prompt.continuation(options.terminal)
            switch reader.read(prompt: prompt) {
            case .end:
                quitting = true
            case .interrupted:
                pending = []
            case .line(let line):
                pending.append(line)
                let text = pending.joined(separator: "\n")
                if pending.count == 1, text.hasPrefix(":") {
                    pending = []
                    reader.remember(text)
                    command(text)
                } else if Continuation.needsMore(text) {
                    continue
                } else {
                    pending = []
                    if !text.trimmingCharacters(in: .whitespaces).isEmpty { reader.remember(text) }
                    handle(text)
                }
            }
        }
        if reader.isTerminal, let session, store != nil { say("Your place in \(session.lesson.id) is saved: knobs picks up here next time.") }
        reader.save()
    }

    /// Code, an answer, or Enter on an empty line.
    func handle(_ text: String) {
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            enter()
            return
        }
        guard let session else {
            runCode { self.scratch.run(SourceFile(name: "<input>", text: text), echo: true) }
            return
        }
        switch session.current {
        case .exercise(let exercise) where !session.progress(ofTask: exercise.id).isDone:
            submit(text, to: exercise, in: session)
        case .question(let question) where !session.progress(ofTask: question.id).isDone:
            answer(text, to: question, in: session)
        default:
            let run = whileRunning { session.run(text) }
            show(run.diagnostics)
        }
    }

    /// Runs free code with no lesson open, writing its diagnostics.
    func runCode(_ body: @escaping () -> Interpreter.Outcome) {
        let outcome = whileRunning(body)
        show(outcome.diagnostics)
    }

    /// Runs `body` with Ctrl-C aimed at the current interpreter.
    func whileRunning<T>(_ body: () throws -> T) rethrows -> T {
        interpreter.interrupt.clear()
        running.set(interpreter)
        defer { running.set(nil) }
        return try body()
    }

    /// Shows what went wrong in code that ran; when Ctrl-C stopped it, says so in `interrupted`'s words instead.
    func show(_ diagnostics: [Diagnostic], interrupted notice: String = REPL.interruptedCode) {
        guard !diagnostics.isEmpty else { return }
        if isInterruption(diagnostics) {
            sayInterrupted(notice)
        } else {
            errorOutput(DiagnosticRenderer(color: options.errorColor).render(diagnostics))
        }
    }

    /// What Ctrl-C during code the learner typed leaves: the code is not undone.
    static let interruptedCode = "Interrupted. What the code changed before it stopped stays changed (:vars shows your variables)."

    /// Whether these are the diagnostics of code that Ctrl-C stopped: a limit, with Ctrl-C not yet told.
    func isInterruption(_ diagnostics: [Diagnostic]) -> Bool {
        interpreter.interrupt.isSet && diagnostics.contains { $0.kind == .limit }
    }

    /// Says that Ctrl-C stopped the code, on a line of its own (the terminal has just echoed `^C`);
    /// the learner is told once.
    func sayInterrupted(_ notice: String) {
        interpreter.interrupt.clear()
        if reader.isTerminal { output("\n") }
        say(notice)
    }

    /// Why a command cannot be done here (a ``SessionError``), as a sentence of the REPL's.
    func refuse(_ error: any Error) {
        let text = "\(error)"
        say(text.prefix(1).uppercased() + text.dropFirst() + (text.hasSuffix(".") ? "" : "."))
    }

    /// A line for the learner, in the REPL's own voice (dim when colour is on).
    func say(_ text: String) {
        let text = text.wrapped(width: options.terminal.width)
        output(options.terminal.color ? "\u{1B}[2m\(text)\u{1B}[0m\n" : text + "\n")
    }
}

/// The interpreter whose run Ctrl-C should stop, shared with the signal queue.
public final class RunningInterpreter: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Interpreter?

    func set(_ interpreter: Interpreter?) {
        lock.withLock { current = interpreter }
    }

    /// Stops the running code; false when nothing runs (Ctrl-C at the prompt).
    public func interrupt() -> Bool {
        lock.withLock {
            guard let current else { return false }
            current.interrupt.set()
            return true
        }
    }
}
