import Foundation
import KnobsLang
import KnobsNotebook
import KnobsStore
import KnobsTerminal

/// The `:` commands.
extension REPL {
    /// A command: its name, what it takes, and what it does.
    struct Command: Sendable {
        var name: String
        var arguments: String
        var help: String
        var action: @Sendable (REPL, String) -> Void
    }

    static let commands: [Command] = [
        Command(name: "help", arguments: "[NAME]", help: "this list, or what a command, function or plugin does", action: { repl, name in
            if name.isEmpty { repl.help() } else { repl.help(about: name) }
        }),
        Command(name: "lessons", arguments: "", help: "the lessons, with your progress", action: { repl, _ in repl.listLessons() }),
        Command(name: "open", arguments: "LESSON", help: "open a lesson (by id, file name, or its start: :open 01)", action: { repl, name in repl.open(name) }),
        Command(name: "next", arguments: "", help: "the next step (Enter on an empty line does the same)", action: { repl, _ in repl.move { $0.next() } }),
        Command(name: "back", arguments: "", help: "the step before", action: { repl, _ in repl.move { $0.back() } }),
        Command(name: "goto", arguments: "N", help: "step N", action: { repl, text in repl.goto(text) }),
        Command(name: "again", arguments: "", help: "run the current cell again", action: { repl, _ in repl.again() }),
        Command(name: "hint", arguments: "", help: "one more hint for the exercise", action: { repl, _ in repl.hint() }),
        Command(name: "solution", arguments: "", help: "a solution, after a few honest attempts", action: { repl, _ in repl.solution() }),
        Command(name: "skip", arguments: "", help: "skip the exercise or question (its solution runs)", action: { repl, _ in repl.skip() }),
        Command(name: "restart", arguments: "", help: "start the lesson over (your solved exercises stay solved)", action: { repl, _ in repl.restart() }),
        Command(name: "where", arguments: "", help: "where you are, and the current step again", action: { repl, _ in repl.whereAmI() }),
        Command(name: "vars", arguments: "", help: "your variables: names, types, values", action: { repl, _ in repl.vars() }),
        Command(name: "reset", arguments: "", help: "rebuild the variables the lesson expects at this step", action: { repl, _ in repl.reset() }),
        Command(name: "plugins", arguments: "", help: "the plugins, and which ones your code can use", action: { repl, _ in repl.listPlugins() }),
        Command(name: "save", arguments: "[FILE]", help: "write your copy of the lesson with your answers in place (a submission)", action: { repl, path in repl.save(to: path) }),
        Command(name: "quit", arguments: "", help: "leave (Ctrl-D too); your progress is saved", action: { repl, _ in repl.quitting = true }),
    ]

    /// Runs a `:` line; unambiguous prefixes work (`:n`, `:so`).
    func command(_ line: String) {
        let body = line.dropFirst()
        let name = String(body.prefix { !$0.isWhitespace })
        let argument = body.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        let matches = REPL.commands.filter { $0.name.hasPrefix(name) }
        if let exact = REPL.commands.first(where: { $0.name == name }) {
            exact.action(self, argument)
        } else if matches.count == 1, !name.isEmpty {
            matches[0].action(self, argument)
        } else if matches.count > 1, !name.isEmpty {
            say(":\(name) could be " + matches.map { ":" + $0.name }.joined(separator: ", ") + ".")
        } else if !runPluginCommand(name, argument) {
            let suggestion = NameSuggestion.closest(to: name, among: REPL.commands.map(\.name) + activePlugins.commands.map(\.name))
            say("There is no command :\(name)." + (suggestion.map { " Did you mean :\($0)?" } ?? " :help lists them."))
        }
    }

    func help() {
        let width = REPL.commands.map { $0.name.count + $0.arguments.count + 2 }.max() ?? 0
        let indent = String(repeating: " ", count: width + 5)
        var text = "Commands (a unique start is enough, as :n for :next):\n"
        for command in REPL.commands {
            let head = ":\(command.name)" + (command.arguments.isEmpty ? "" : " \(command.arguments)")
            let help = command.help.wrapped(width: options.terminal.width - indent.count).replacingOccurrences(of: "\n", with: "\n" + indent)
            text += "  " + head.padding(toLength: width + 1, withPad: " ", startingAt: 0) + "  " + help + "\n"
        }
        for command in activePlugins.commands {
            let help = command.summary.wrapped(width: options.terminal.width - indent.count).replacingOccurrences(of: "\n", with: "\n" + indent)
            text += "  " + command.usage.padding(toLength: width + 1, withPad: " ", startingAt: 0) + "  " + help + "\n"
        }
        output(text)
        say("Enter on an empty line runs or shows the next step. Any other line is knobs code; when the prompt says exercise or question, it is your answer.")
        say("Tab completes; Up and Ctrl-R search what you typed; Ctrl-C stops running code or clears the line; Ctrl-D leaves.")
    }

    func listLessons() {
        guard !catalog.entries.isEmpty else {
            say("No lessons in \(options.lessonsFolder).")
            return
        }
        let summaries = (try? store?.lessonsSummary(LessonsListing.outlines(catalog))) ?? nil
        output(LessonsListing.table(catalog, summaries: summaries, width: options.terminal.width))
    }

    func open(_ name: String) {
        guard !name.isEmpty else {
            say("Which lesson? :open 01, or :lessons to see them.")
            return
        }
        switch catalog.find(name) {
        case .failure(.none(let suggestion)):
            say("There is no lesson '\(name)'." + (suggestion.map { " Did you mean \($0)?" } ?? " :lessons lists them."))
        case .failure(.ambiguous(let ids)):
            say("'\(name)' could be " + ids.joined(separator: ", ") + ".")
        case .success(let entry):
            guard let lesson = entry.lesson else {
                show(entry.problems)
                say("This lesson file has problems; it cannot be opened.")
                return
            }
            start(lesson)
        }
    }

    /// Opens a lesson, resuming where the learner left off.
    func start(_ lesson: Lesson) {
        guard let plugins = plugins(for: lesson) else { return }
        let terminal = options.terminal
        let session = Session(lesson: lesson, limits: options.limits, liveOutput: output) { interpreter in
            PlotLibrary.install(into: interpreter, terminal: terminal)
            plugins.install(into: interpreter)
        }
        self.session = session
        self.lessonPlugins = plugins
        say("\(lesson.id): \(lesson.info.title), \(lesson.steps.count) steps. Enter goes on; :help lists the commands.")
        savedAttempts = [:]
        if let store {
            var resumed = false
            var stored: LessonProgress?
            persist("that you opened \(lesson.id)") { stored = try store.recordOpened(lesson: lesson.id) }
            // When the write fails (a full disk), the progress may still be read.
            if let stored = stored ?? (try? store.progress(lesson: lesson.id)), stored.step > 0 || !stored.exercises.isEmpty {
                let move = whileRunning { try? session.resume(REPL.sessionProgress(stored)) }
                resumed = move != nil
                if resumed { savedAttempts = stored.exercises.mapValues(\.attempts) }
                for run in move?.ran ?? [] { show(run.diagnostics) }
            }
            if resumed {
                say("Welcome back: step \(session.position + 1) of \(lesson.steps.count)."
                    + (session.isFinished ? " You have finished this lesson; :restart goes over it again, :goto N to one step." : ""))
            }
        }
        showStep(session)
    }

    func move(_ body: (Session) -> Move) {
        guard let session = requireSession() else { return }
        let from = session.position
        report(whileRunning { body(session) }, in: session, from: from)
        saveProgress()
    }

    func goto(_ text: String) {
        guard let session = requireSession() else { return }
        guard let n = Int(text), n >= 1 else {
            say(":goto takes a step number from 1 to \(session.lesson.steps.count).")
            return
        }
        do {
            let from = session.position
            report(try whileRunning { try session.goto(n - 1) }, in: session, from: from)
            saveProgress()
        } catch {
            refuse(error)
        }
    }

    func again() {
        guard let session = requireSession() else { return }
        do {
            show(try whileRunning { try session.again() }.diagnostics)
        } catch {
            refuse(error)
        }
    }

    func hint() {
        guard let session = requireSession() else { return }
        do {
            showHint(try session.hint())
            if let id = session.current.taskID { saveTask(id, session.progress(ofTask: id), code: nil) }
        } catch {
            refuse(error)
        }
    }

    func solution() {
        guard let session = requireSession() else { return }
        do {
            let cell = try session.solution()
            output(renderer.render("```knobs\n" + cell.text + "\n```"))
            if let id = session.current.taskID { saveTask(id, session.progress(ofTask: id), code: nil) }
        } catch {
            refuse(error)
        }
    }

    func skip() {
        guard let session = requireSession() else { return }
        let (from, id) = (session.position, session.current.taskID)
        var move = whileRunning { session.skip() }
        if let id {
            saveTask(id, session.progress(ofTask: id), code: nil)
            // The solution ran in the exercise's place: said here, not listed as a step run on the way.
            let solution = move.ran.first { $0.step == from }
            say("Skipped '\(id)'" + (solution == nil ? "." : "; its solution ran in its place."))
            if let solution { show(solution.diagnostics) }
            move.ran.removeAll { $0.step == from }
        }
        report(move, in: session)
        saveProgress()
    }

    func restart() {
        guard let session = requireSession() else { return }
        whileRunning { session.restart() }
        say("Back to the start of \(session.lesson.id), with fresh variables.")
        showStep(session)
        saveProgress()
    }

    func reset() {
        guard let session = requireSession() else { return }
        let move = whileRunning { session.reset() }
        say("Variables rebuilt for step \(session.position + 1).")
        report(move, in: session, listingRuns: false)
    }

    func whereAmI() {
        guard let session else {
            say("No lesson is open.")
            return
        }
        let lesson = session.lesson
        let solved = { (ids: [String]) in ids.filter { session.progress(ofTask: $0).solved != nil }.count }
        let tasks = LessonsListing.tasks(
            solved: solved(lesson.exercises.map(\.id)), of: lesson.exercises.count,
            answered: solved(lesson.questions.map(\.id)), of: lesson.questions.count)
        say("\(lesson.id) (\(lesson.info.title)), step \(session.position + 1) of \(lesson.steps.count)" + (tasks.isEmpty ? "." : "; so far \(tasks)."))
        showStep(session)
    }

    func vars() {
        let names = interpreter.variableNames.sorted()
        let shown = names.compactMap { name -> (String, Value)? in
            guard let value = interpreter.value(of: name), !value.isLibraryFunction, !activePlugins.definedNames.contains(name) else { return nil }
            return (name, value)
        }
        guard !shown.isEmpty else {
            say("No variables yet.")
            return
        }
        let nameWidth = shown.map(\.0.count).max() ?? 0
        let typeWidth = shown.map(\.1.describedType.count).max() ?? 0
        let room = max(20, options.terminal.width - 2 - nameWidth - 2 - typeWidth - 2)
        for (name, value) in shown {
            let type = value.describedType.padding(toLength: typeWidth, withPad: " ", startingAt: 0)
            output("  " + name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  " + type + "  " + Self.oneLine(value.summary, room: room) + "\n")
        }
    }

    /// A value's text on one line of at most `room` characters: the lines of a
    /// matrix joined, and whatever does not fit cut off with "…" (`print(x)` shows it all).
    static func oneLine(_ text: String, room: Int) -> String {
        let joined = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        return joined.count > room ? String(joined.prefix(room - 1)) + "…" : joined
    }

    func save(to path: String) {
        guard let session = requireSession() else { return }
        let target = path.isEmpty ? "\(session.lesson.id).submission.md" : path
        do {
            try Submission.text(of: session).write(toFile: target, atomically: true, encoding: .utf8)
            say("Saved your answers to \(URL(fileURLWithPath: target).standardizedFileURL.path).")
        } catch {
            say("Could not write \(target): \(error.localizedDescription)")
        }
    }

    private func requireSession() -> Session? {
        if session == nil { say("No lesson is open: :open NAME opens one.") }
        return session
    }
}
