import Foundation
import Testing

/// Bad input through the front door (issue 10): every subcommand that reads a file, given
/// each kind of bad file, and every subcommand given wrong arguments. Each gives one error
/// that says what is wrong and what to do, exit 2, nothing on standard output, and writes
/// nothing: the data directory and the working directory are as they were.
///
/// A submission is data, not input: `knobs grade` grades a bad one (exit 1) and goes on.
/// A kind of bad file.
enum BadFile: String, CaseIterable, Sendable {
    case missing, folder, unreadable, notUTF8 = "not UTF-8", empty, enormousLine = "an enormous line", nulBytes = "NUL bytes"
    /// A FIFO that nothing writes to: opening it to read waits for a writer.
    case namedPipe = "a named pipe"
}

@Suite("bad input through the front door")
struct FrontDoorTests {
    /// What a command does with a bad file.
    enum Outcome: Sendable {
        /// Exit 2 with one error that names the file.
        case refused
        /// Exit 0, nothing on standard error.
        case accepted
        /// Graded (exit 1), the report giving the submission this status.
        case graded(String)
    }

    /// A command with a slot for a file, and what it does with each kind of bad file.
    struct Slot: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: @Sendable (_ file: String, _ workspace: Workspace) -> [String]
        var outcome: @Sendable (BadFile) -> Outcome = { _ in .refused }
        var testDescription: String { name }
    }

    static let key = GradingCommandTests.corpus.appendingPathComponent("key.md").path

    static let slots: [Slot] = [
        Slot(name: "eval -f FILE", arguments: { file, _ in ["eval", "-f", file] }, outcome: { $0 == .empty ? .accepted : .refused }),
        Slot(name: "run LESSON", arguments: { file, _ in ["run", file] }),
        Slot(name: "run --solutions LESSON --format json", arguments: { file, _ in ["run", "--solutions", file, "--format", "json"] }),
        Slot(name: "run KEY --params FILE", arguments: { file, _ in ["run", key, "--params", file] }),
        Slot(name: "grade --key FILE", arguments: { file, _ in ["grade", "--key", file, GradingCommandTests.corpus.appendingPathComponent("submissions/full.md").path] }),
        Slot(name: "grade --key KEY SUBMISSION", arguments: { file, _ in ["grade", "--key", key, file] }, outcome: { bad in
            switch bad {
            case .missing, .folder: .refused
            case .unreadable, .namedPipe: .graded("unreadable")
            case .empty: .graded("empty")
            case .notUTF8, .nulBytes, .enormousLine: .graded("malformed")
            }
        }),
        Slot(name: "release KEY -o DIR", arguments: { file, workspace in ["release", file, "-o", workspace.cwd.file("out")] }),
        Slot(name: "quiz --deck FILE", arguments: { file, _ in ["quiz", "--deck", file] }),
        Slot(name: "quiz --stats --deck FILE", arguments: { file, _ in ["quiz", "--stats", "--deck", file] }),
        Slot(name: "quiz replay FILE", arguments: { file, _ in ["quiz", "replay", file] }),
        Slot(name: "quiz import FILE -o DECK", arguments: { file, workspace in ["quiz", "import", file, "-o", workspace.cwd.file("deck.tsv")] }),
        Slot(name: "quiz export FILE", arguments: { file, _ in ["quiz", "export", file] }),
        Slot(name: "lessons --lessons FILE", arguments: { file, _ in ["lessons", "--lessons", file] }),
        Slot(name: "repl --lessons FILE", arguments: { file, _ in ["repl", "--lessons", file] }, outcome: { bad in
            // A folder (empty here) is a folder of lessons: the REPL starts and says it has none.
            bad == .folder ? .accepted : .refused
        }),
    ]

    @Test("a bad file in each command's file slot", arguments: slots, BadFile.allCases)
    func badFile(_ slot: Slot, _ bad: BadFile) async throws {
        let workspace = try Workspace()
        let file = try workspace.make(bad)
        if bad == .unreadable, let reason = Workspace.cannotMakeUnreadable {
            print("skipped \(slot.name) with an unreadable file: \(reason)")
            return
        }
        let result = try await workspace.run(slot.arguments(file, workspace), asNobody: bad == .unreadable)
        let context = "knobs \(slot.name) with \(bad.rawValue): \(result)"
        #expect(!result.timedOut && !result.wasSignalled, "\(context)")
        switch slot.outcome(bad) {
        case .refused:
            Self.expectOneError(result, naming: file, context)
        case .accepted:
            #expect(result.exitCode == 0 && result.stderr.isEmpty, "\(context)")
        case .graded(let status):
            #expect(result.exitCode == 1 && result.stdout.contains(status), "\(context)")
        }
        // The REPL, when it starts, makes its database: only the working directory must stay as it was.
        #expect(try workspace.isUntouched(home: slot.name.hasPrefix("repl") ? false : true), "\(context): it wrote \(workspace.changes())")
    }

    /// Wrong arguments: (what, arguments, a part of the error).
    static let usageErrors: [(String, [String], String)] = [
        ("an unknown command", ["frobnicate"], "neither a command nor a lesson"),
        ("an unknown option", ["eval", "--frobnicate", "1"], "Unknown option"),
        ("an option without its value", ["eval", "1", "--max-steps"], "Missing value"),
        ("a number that is not one", ["eval", "--max-steps", "many", "1"], "invalid for '--max-steps"),
        ("a negative timeout", ["eval", "--timeout", "-1", "1"], "--timeout"),
        ("no code", ["eval"], "give the code to run"),
        ("two programs", ["eval", "1", "2"], "Unexpected argument"),
        ("run without a lesson", ["run"], "Missing expected argument"),
        ("a zero budget", ["run", key, "--budget", "0"], "--budget"),
        ("an unknown report format", ["run", key, "--format", "pdf"], "pdf"),
        ("a parameter without a value", ["run", key, "-p", "lr"], "lr"),
        ("grade without a key", ["grade", "x.md"], "--key"),
        ("grade without submissions", ["grade", "--key", key], "<submission>"),
        ("zero jobs", ["grade", "--key", key, "--jobs", "0", key], "--jobs"),
        ("a zero file size", ["grade", "--key", key, "--max-file-size", "0", key], "--max-file-size"),
        ("a report over the key", ["grade", "--key", key, key, "--out", key], "which it is made from"),
        ("a report in a missing folder", ["grade", "--key", key, key, "--out", "/nonexistent/report.txt"], "there is no folder /nonexistent"),
        ("a gradebook that is a folder", ["grade", "--key", key, key, "--gradebook", "/"], "it is a folder"),
        ("release without a folder", ["release", key], "--output"),
        ("release into a file", ["release", key, "-o", key], "it is a file, not a folder"),
        ("new lesson without a name", ["new", "lesson"], "Missing expected argument"),
        ("a lesson name that is no id", ["new", "lesson", "two words"], "cannot be a lesson id"),
        ("a lesson in a missing folder", ["new", "lesson", "missing/folder/x.md"], "there is no folder missing/folder"),
        ("an unknown plugin", ["plugins", "frobnicate"], "there is no plugin 'frobnicate'"),
        ("progress without --reset", ["progress"], "knobs progress --reset"),
        ("an unknown quiz mode", ["quiz", "--mode", "spelling"], "there is no mode 'spelling'"),
        ("a quiz with new words not a number", ["quiz", "--new", "lots"], "--new takes a whole number"),
        ("a quiz at no time", ["quiz", "--now", "tomorrow"], "--now"),
        ("an unknown bundled deck", ["quiz", "--deck", "corne"], "did you mean 'corner'?"),
        ("an unknown quiz command", ["quiz", "frobnicate"], "Unexpected argument"),
        ("a replay format", ["quiz", "replay", "-", "--format", "xml"], "xml"),
        ("an import mapping", ["quiz", "import", GradingCommandTests.corpus.appendingPathComponent("key.md").path, "--map", "nonsense"], "nonsense"),
        ("an unknown lesson for the REPL", ["repl", "99-nothing"], "neither a command nor a lesson"),
    ]

    @Test("wrong arguments", arguments: usageErrors)
    func wrongArguments(_ what: String, _ arguments: [String], _ says: String) async throws {
        let workspace = try Workspace()
        let result = try await workspace.run(arguments)
        let context = "\(what): knobs \(arguments.joined(separator: " ")): \(result)"
        #expect(!result.timedOut && !result.wasSignalled, "\(context)")
        Self.expectOneError(result, naming: nil, context)
        #expect(result.stderr.contains(says), "\(context)")
        #expect(try workspace.isUntouched(), "\(context): it wrote \(workspace.changes())")
    }

    @Test("a report to a pipe (a FIFO, /dev/stdout) is written into it, not renamed over it")
    func reportIntoAPipe() async throws {
        let workspace = try Workspace()
        let fifo = workspace.cwd.file("report")
        try #require(mkfifo(fifo, 0o600) == 0)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        try #require(reader >= 0)
        defer { close(reader) }
        let result = try await workspace.run(["run", Self.key, "--solutions", "--out", fifo])
        #expect(result.exitCode == 0 && result.stderr.isEmpty, "\(result)")
        var status = stat()
        #expect(stat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO, "still a pipe")
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let count = read(reader, &buffer, buffer.count)
        #expect(count > 0 && String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self).contains("6 passed, 0 failed"))
    }

    /// Exit 2, nothing on standard output, and on standard error one error (naming `file`)
    /// that says what to do: a hint, or argument-parser's pointer to the help.
    static func expectOneError(_ result: RunResult, naming file: String?, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.exitCode == 2, "\(context)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, "\(context)", sourceLocation: sourceLocation)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.first.map { $0.hasPrefix("error: ") || $0.hasPrefix("Error: ") } == true, "\(context)", sourceLocation: sourceLocation)
        #expect(lines.filter { $0.lowercased().hasPrefix("error") }.count == 1, "one error: \(context)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains("= hint: ") || result.stderr.contains("See 'knobs"), "what to do: \(context)", sourceLocation: sourceLocation)
        #expect(result.stderr.utf8.count < 2048, "a short message: \(context)", sourceLocation: sourceLocation)
        if let file { #expect(result.stderr.contains(file), "names the file: \(context)", sourceLocation: sourceLocation) }
    }
}

/// A fresh data directory, working directory and folder of input files for one run, and
/// whether the run left the first two as they were.
final class Workspace: @unchecked Sendable {
    let home: TemporaryDirectory
    let cwd: TemporaryDirectory
    let inputs: TemporaryDirectory
    private var before: [String: Data] = [:]

    init() throws {
        (home, cwd, inputs) = (try TemporaryDirectory(), try TemporaryDirectory(), try TemporaryDirectory())
        // knobs may run as nobody (see ReadOnlyFolder): these are theirs to write.
        if geteuid() == 0 {
            for folder in [home, cwd] { chown(folder.path, ReadOnlyFolder.nobody.uid, ReadOnlyFolder.nobody.gid) }
        }
    }

    /// Why an unreadable file cannot be made here, or nil: as root, knobs must run as nobody.
    static let cannotMakeUnreadable: String? = ReadOnlyFolder.unavailable

    /// Makes a file of this kind among the inputs; its path.
    func make(_ bad: BadFile) throws -> String {
        let path = inputs.file("input.md")
        switch bad {
        case .missing: return inputs.file("absent.md")
        case .folder:
            try FileManager.default.createDirectory(atPath: inputs.file("folder"), withIntermediateDirectories: false)
            return inputs.file("folder")
        case .unreadable:
            try Data("---\nid: x\ntitle: X\n---\n".utf8).write(to: URL(fileURLWithPath: path))
            try FileManager.default.setAttributes([.posixPermissions: geteuid() == 0 ? 0o600 : 0o000], ofItemAtPath: path)
        case .notUTF8: try Data([0x61, 0x20, 0x3D, 0x20, 0xFF, 0xFE, 0xC3, 0x28, 0x0A]).write(to: URL(fileURLWithPath: path))
        case .empty: try Data().write(to: URL(fileURLWithPath: path))
        // Half a megabyte on one line: the time to read it grows with it, and a debug build under load is slow.
        case .enormousLine: try Data(repeating: UInt8(ascii: "("), count: 1 << 19).write(to: URL(fileURLWithPath: path))
        case .nulBytes: try Data("x = 1\u{0}\ny = 2\n".utf8).write(to: URL(fileURLWithPath: path))
        case .namedPipe: try #require(mkfifo(path, 0o600) == 0)
        }
        return path
    }

    /// Runs `knobs ARGUMENTS` here, input from /dev/null; as nobody when asked and root.
    func run(_ arguments: [String], asNobody: Bool = false) async throws -> RunResult {
        before = try snapshot()
        let knobs = try #require(KnobsBinary.url)
        let (executable, arguments) = asNobody ? ReadOnlyFolder.command(knobs, arguments) : (knobs, arguments)
        // The working directory is set through the shell: Process has no portable way.
        return try await ChildProcess.run(
            executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", "cd \"$0\" && exec \"$@\"", cwd.path, executable.path] + arguments,
            stdin: .null, environment: KnobsBinary.merged(REPLRun.environment(home: home, ["LANG": "C.UTF-8", "TZ": "UTC"])), deadline: .seconds(60))
    }

    /// Whether the working directory, and the data directory unless `home` is false, hold what they held before the run.
    func isUntouched(home: Bool = true) throws -> Bool {
        let after = try snapshot()
        return home ? after == before : after.filter { $0.key.hasPrefix(cwd.path) } == before.filter { $0.key.hasPrefix(cwd.path) }
    }

    /// What the run added or changed.
    func changes() -> [String] {
        let after = (try? snapshot()) ?? [:]
        return after.keys.filter { after[$0] != before[$0] }.sorted() + before.keys.filter { after[$0] == nil }.map { "removed " + $0 }
    }

    private func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for folder in [home, cwd] {
            for name in FileManager.default.enumerator(atPath: folder.path)?.compactMap({ $0 as? String }) ?? [] {
                files[folder.file(name)] = FileManager.default.contents(atPath: folder.file(name)) ?? Data("(folder)".utf8)
            }
        }
        return files
    }
}

/// The terminal and the environment at their edges: a width of 1 and of 10,000 columns,
/// `TERM=dumb`, and no `HOME` (nor `KNOBS_HOME` or `XDG_DATA_HOME`). Every command still
/// runs as it does at 80 columns (the same exit code, no crash, no escape codes for a dumb
/// terminal), and without a home the commands that need the data directory say what to do.
@Suite("the terminal and the environment at their edges")
struct TerminalEdgeTests {
    /// A command, and what it reads on standard input.
    struct Command: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var input: String = ""
        var testDescription: String { "knobs " + arguments.joined(separator: " ") }
    }

    static let lesson = REPLRun.bundledLessons + "/01-parameters.md"

    static let commands: [Command] = [
        Command(arguments: ["--help"]),
        Command(arguments: ["quiz", "--help"]),
        Command(arguments: ["eval"]),
        Command(arguments: ["eval", "--frobnicate"]),
        Command(arguments: ["eval", "plot([1, 4, 9], title: \"squares\")"]),
        Command(arguments: ["eval", "1 +"]),
        Command(arguments: ["lessons", "--lessons", REPLRun.bundledLessons]),
        Command(arguments: ["plugins"]),
        Command(arguments: ["plugins", "optimizers"]),
        Command(arguments: ["run", lesson, "--solutions"]),
        Command(arguments: ["quiz", "--stats", "--now", QuizRun.start]),
        Command(arguments: ["quiz", "--deck", "corner", "--new", "2", "--mode", "choice", "--now", QuizRun.start, "--seed", "1"], input: "1\n\n2\n\n"),
        Command(arguments: ["repl", "01", "--lessons", REPLRun.bundledLessons], input: ":help\n\n\n\n:lessons\n:where\n"),
    ]

    enum Edge: String, CaseIterable, Sendable {
        case oneColumn = "COLUMNS=1", tenThousandColumns = "COLUMNS=10000", dumbTerminal = "TERM=dumb", noHome = "no HOME"
    }

    @Test("each command at each edge runs as at 80 columns", arguments: commands, Edge.allCases)
    func edge(_ command: Command, _ edge: Edge) async throws {
        if edge == .noHome, geteuid() != 0 {
            print("skipped \(command.testDescription) with no HOME: without root, knobs would fall back to your own home directory")
            return
        }
        let usual = try await Self.run(command, changes: [:])
        var changes: [String: String?] = [:]
        switch edge {
        case .oneColumn: changes["COLUMNS"] = "1"
        case .tenThousandColumns: changes["COLUMNS"] = "10000"
        case .dumbTerminal: changes["TERM"] = "dumb"
        case .noHome: changes = ["HOME": nil, "KNOBS_HOME": nil, "XDG_DATA_HOME": nil]
        }
        let cwd = try TemporaryDirectory()
        let result = try await Self.run(command, changes: changes, asNobody: edge == .noHome, cwd: cwd)
        let context = "\(command.testDescription) with \(edge.rawValue): \(result)"
        #expect(!result.timedOut && !result.wasSignalled, "\(context)")
        #expect(!result.stdout.contains("\u{1B}") && !result.stderr.contains("\u{1B}"), "no escape codes on a pipe: \(context)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cwd.path).isEmpty, "nothing written in the working directory: \(context)")
        guard edge == .noHome, usual.exitCode == 0, command.arguments.first.map(["lessons", "quiz", "repl"].contains) == true, command.arguments != ["quiz", "--help"] else {
            #expect(result.exitCode == usual.exitCode, "\(context)\nat 80 columns: \(usual)")
            return
        }
        // No home to keep the data in: nobody's is /nonexistent.
        #expect(result.stderr.contains("cannot create /nonexistent") && result.stderr.contains("= hint: "), "\(context)")
        if command.arguments.first == "quiz" {
            #expect(result.exitCode == 1, "the quiz needs its database: \(context)")
        } else {
            #expect(result.exitCode == 0 && result.stderr.hasPrefix("warning: "), "the lessons run with progress off: \(context)")
        }
    }

    private static func run(_ command: Command, changes: [String: String?], asNobody: Bool = false, cwd: TemporaryDirectory? = nil) async throws -> RunResult {
        let home = try TemporaryDirectory()
        if geteuid() == 0 { chown(home.path, ReadOnlyFolder.nobody.uid, ReadOnlyFolder.nobody.gid) }
        var environment = QuizRun.environment(home: home)
        for (name, value) in changes { environment[name] = value }
        let knobs = try #require(KnobsBinary.url)
        let (executable, arguments) = asNobody ? ReadOnlyFolder.command(knobs, command.arguments) : (knobs, command.arguments)
        let folder = cwd?.path ?? home.path
        return try await ChildProcess.run(
            executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", "cd \"$0\" && exec \"$@\"", folder, executable.path] + arguments,
            stdin: .text(command.input), environment: KnobsBinary.merged(environment), deadline: .seconds(60))
    }
}
