import ArgumentParser
import Foundation
import KnobsLang
import KnobsREPL
import KnobsStore
import KnobsTerminal

/// Starting the REPL: what `knobs`, `knobs LESSON` and `knobs repl [LESSON]` do.
///
/// ``ReplCommand`` makes one from any command line argument-parser reads;
/// ``init(arguments:)`` reads the few a learner types without it.
struct ReplLaunch: Equatable {
    /// The lesson to open, as typed.
    var lesson: String?
    /// `--lessons DIR`, when given.
    var lessonsFolder: String?
    var limits: Limits

    /// Reads `[repl] [LESSON] [--lessons DIR]`, in any order after `repl`;
    /// nil for any other command line, which argument-parser then reads whole.
    ///
    /// argument-parser builds its picture of a command by reflection, and the
    /// Swift runtime answers each of its dynamic casts by scanning every
    /// protocol conformance in the binary: about 14 million instructions to read
    /// the REPL's arguments, more than the REPL spends on anything else before
    /// its prompt and a third of what CPython needs to start. So these shapes,
    /// the ones a learner types, are read here. Another option, `--lessons=DIR`,
    /// `--lessons` naming no folder, `--`, help, a command's name, a second
    /// lesson: nil, and argument-parser
    /// reads the line as always, errors and all. A test checks that
    /// argument-parser reads every line accepted here to the same launch.
    init?(arguments: [String]) {
        var rest = arguments[...]
        if rest.first == ReplCommand.configuration.commandName { rest = rest.dropFirst() }
        var lesson: String?
        var lessonsFolder: String?
        while let argument = rest.popFirst() {
            if argument == "--lessons", lessonsFolder == nil, let folder = rest.popFirst(), !folder.hasPrefix("-"), LessonsOption.isFolder(folder) {
                lessonsFolder = folder
            } else if argument.hasPrefix("-") || lesson != nil || Knobs.commandNames.contains(argument) || argument == "help" {
                return nil
            } else {
                lesson = argument
            }
        }
        self.init(lesson: lesson, lessonsFolder: lessonsFolder, limits: .standard)
    }

    init(lesson: String?, lessonsFolder: String?, limits: Limits) {
        self.lesson = lesson
        self.lessonsFolder = lessonsFolder
        self.limits = limits
    }

    func run() throws {
        // Read once: ProcessInfo builds the whole dictionary again at every use.
        let environment = ProcessInfo.processInfo.environment
        let folder = LessonsFolder.resolve(option: lessonsFolder, environment: environment)
        let terminal = Terminal.current(environment: environment)
        let plugins = BuiltinPlugins.catalog(environment: environment, terminal: terminal)
        let catalog = LessonCatalog(folder: folder, knownPlugins: plugins.lessonPlugins)
        if let lesson { try Self.checkLesson(lesson, in: catalog) }
        let data = try? DataDirectory.resolve(environment: environment)
        let repl = REPL(
            options: REPL.Options(
                lessonsFolder: folder, limits: limits,
                terminal: terminal, errorColor: Console.standardError.usesColor(environment: environment), plugins: plugins),
            catalog: catalog, openStore: { Self.openStore(data, environment: environment) },
            output: { Console.standardOutput.write($0) }, errorOutput: { Console.standardError.write($0) })
        let interactive = isatty(STDIN_FILENO) == 1
        let running = repl.running
        // Piped input has no line to clear: Ctrl-C between runs ends the process, as usual.
        // _exit, not exit: exit flushes every stdio stream and would wait for the lock that
        // the main thread holds while it reads standard input.
        let leave: (@Sendable () -> Void)? = interactive ? nil : { @Sendable () -> Void in _exit(130) }
        let watcher = InterruptWatcher(stopRunning: { running.interrupt() }, atPrompt: leave)
        let reader: LineReader = interactive
            ? TerminalLineReader(interruptFD: watcher.pipeRead, historyPath: data?.historyURL.path, completer: Completer(source: repl))
            : PipedLineReader()
        repl.run(reader: reader, opening: lesson)
        withExtendedLifetime(watcher) {}
    }

    /// A lesson named on the command line must exist: `knobs frobnicate` is a typo of a command or a lesson.
    static func checkLesson(_ name: String, in catalog: LessonCatalog) throws {
        switch catalog.find(name) {
        case .success:
            return
        case .failure(.ambiguous(let ids)):
            throw ValidationError("'\(name)' could be the lesson \(ids.joined(separator: " or "))")
        case .failure(.none(let lesson)):
            let suggestion = lesson ?? NameSuggestion.closest(to: name, among: Knobs.commandNames)
            throw ValidationError(
                "'\(name)' is neither a command nor a lesson" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
                    + "; see knobs --help for the commands and knobs lessons for the lessons")
        }
    }

    /// The progress store, or nil (with a warning that says what is not saved and what to do)
    /// when it cannot be opened: the lessons still work.
    private static func openStore(_ data: DataDirectory?, environment: [String: String]) -> ProgressStore? {
        guard data != nil else { return nil }
        do {
            return try ProgressStore.openDefault(environment: environment)
        } catch {
            Console.standardError.write(ProgressStore.problem("warning", "progress is off, so nothing you do in this session will be saved", error))
            return nil
        }
    }
}
