import ArgumentParser
import Foundation
import KnobsLang
import KnobsREPL
import KnobsStore
import KnobsTerminal

/// `knobs` and `knobs repl [LESSON]`: step through lessons at a prompt.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Step through lessons at an interactive prompt (what knobs alone does).",
        discussion: """
            Enter on an empty line runs or shows the next step; :help lists the commands. \
            When standard input is not a terminal, lines are read without a prompt: \
            printf ':open 01\\n\\n\\n' | knobs
            """
    )

    @Argument(help: ArgumentHelp("A lesson to open: its id, file name, or the start of either (01).", valueName: "lesson"))
    var lesson: String?

    @OptionGroup(title: "Lessons")
    var lessonsOption: LessonsOption

    @OptionGroup(title: "Limits")
    var limitOptions: LimitOptions

    func run() throws {
        let folder = LessonsFolder.resolve(option: lessonsOption.lessons)
        let terminal = Terminal.current()
        let plugins = BuiltinPlugins.catalog(terminal: terminal)
        if let lesson { try Self.checkLesson(lesson, in: LessonCatalog(folder: folder, knownPlugins: plugins.names)) }
        let data = try? DataDirectory.resolve()
        let store = Self.openStore(data)
        let repl = REPL(
            options: REPL.Options(
                lessonsFolder: folder, limits: limitOptions.limits,
                terminal: terminal, errorColor: Console.standardError.usesColor, plugins: plugins),
            store: store, output: { Console.standardOutput.write($0) }, errorOutput: { Console.standardError.write($0) })
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
            let commands = Knobs.configuration.subcommands.map { $0.configuration.commandName ?? "" }
            let suggestion = lesson ?? NameSuggestion.closest(to: name, among: commands)
            throw ValidationError(
                "'\(name)' is neither a command nor a lesson" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
                    + "; see knobs --help for the commands and knobs lessons for the lessons")
        }
    }

    /// The progress store, or nil (with a warning) when it cannot be opened: the lessons still work.
    private static func openStore(_ data: DataDirectory?) -> ProgressStore? {
        guard data != nil else { return nil }
        do {
            return try ProgressStore.openDefault()
        } catch {
            Console.standardError.write(ProgressStore.problem("warning", "progress is off, so nothing you do in this session will be saved", error))
            return nil
        }
    }
}

/// `--lessons DIR`, shared by the commands that read lessons.
struct LessonsOption: ParsableArguments {
    @Option(help: ArgumentHelp("The folder of lessons (default: $KNOBS_LESSONS, ./lessons, or the lessons that came with knobs).", valueName: "dir"), completion: .directory)
    var lessons: String?

    func validate() throws {
        guard let lessons else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: lessons, isDirectory: &isDirectory) else {
            throw ValidationError("--lessons '\(lessons)': there is no such folder; give the folder that holds the lessons (.md files)")
        }
        guard isDirectory.boolValue else {
            throw ValidationError("--lessons '\(lessons)' is a file; give the folder that holds it (knobs repl LESSON opens one lesson)")
        }
    }
}
