import Foundation
import Testing

/// A full disk, a read-only data directory, a newer knobs's database and a damaged one, end
/// to end (issue 10): each gives a clear message that says what was not saved and what to
/// do; the REPL still runs lessons with progress off; nothing acknowledged is lost, and
/// nothing is written where it should not be. The database is read with the sqlite3 shell.
@Suite("disk problems: full, read-only, newer, damaged", .serialized)
struct DiskProblemTests {
    static let lesson = "91-many"

    /// The script of ``FixtureLessons/many``'s exercises `range` (a wrong answer, then the right one).
    static func script(_ range: ClosedRange<Int>) -> String {
        range.map { "\n" + "x\($0) = 0\n" + "x\($0) = \($0)\n" }.joined()
    }

    /// The REPL on ``FixtureLessons/many`` with its data in `home`, input left open.
    static func startREPL(home: String, lessons: TemporaryDirectory) throws -> PipedSession {
        let executable = try #require(KnobsBinary.url)
        return try PipedSession(
            executable: executable, arguments: ["repl", lesson, "--lessons", lessons.path],
            environment: KnobsBinary.merged(["KNOBS_HOME": home, "XDG_DATA_HOME": nil, "LANG": "C.UTF-8", "USER": "learner", "LOGNAME": "learner"]))
    }

    /// The solved exercises of ``lesson`` in the database at `database`.
    static func storedSolved(_ database: String) async throws -> Set<String> {
        try await REPLKillTests.storedSolved(database)["learner"] ?? []
    }

    /// The files of `folder`, with their bytes.
    static func contents(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            files[name] = FileManager.default.contents(atPath: folder + "/" + name) ?? Data()
        }
        return files
    }

    @Test("the disk fills up during a lesson: each failed save says what was not saved, the lesson goes on, saving resumes when there is room",
          .enabled(if: SmallDisk.unavailable == nil, "\(SmallDisk.unavailable ?? "")"))
    func fullDiskDuringLesson() async throws {
        let disk = try #require(SmallDisk.make(kibibytes: 512))
        let home = disk.directory.file("home")
        let lessons = try FixtureLessons.folder()
        let repl = try Self.startREPL(home: home, lessons: lessons)
        repl.write(Self.script(1...2))
        try await repl.expect("Solved 'e2'")
        try disk.fill()
        repl.write(Self.script(3...6))
        try await repl.expect("Solved 'e6'")
        try disk.free()
        repl.write(Self.script(7...8))
        repl.closeInput()
        #expect(try await repl.waitForExit() == ProcessEnding(exitCode: 0), "\(repl.stderr)")

        let warnings = repl.stderr.split(separator: "\n").filter { $0.hasPrefix("warning: ") }
        #expect(!warnings.isEmpty, "a full disk for four exercises made no save fail: \(repl.stderr)")
        for warning in warnings {
            #expect(warning.hasPrefix("warning: not saved: ") && warning.hasSuffix("database or disk is full"), "\(warning)")
        }
        #expect(repl.stderr.components(separatedBy: "  = hint: free some space on the disk that holds \(home); the lesson goes on").count == 2,
                "the hint comes once: \(repl.stderr)")
        #expect(REPLKillTests.reportedSolved(repl.stdout).count == FixtureLessons.manyCount, "the lesson went on: \(repl.stdout)")

        let database = home + "/knobs.sqlite"
        #expect(try await SQLiteShell.query(database, "PRAGMA integrity_check") == "ok\n")
        let stored = try await Self.storedSolved(database)
        let unsaved = Set(repl.stderr.matches(of: /not saved: your accepted answer to '([^']+)'/).map { String($0.1) })
        #expect(REPLKillTests.reportedSolved(repl.stdout).subtracting(unsaved).isSubset(of: stored), "every solution not reported unsaved is kept: \(stored)")
        #expect(stored.isSuperset(of: ["e1", "e2", "e7", "e8"]), "saved before the disk filled, and again once it had room: \(stored)")
    }

    @Test("the disk fills up during a quiz: the review is not saved and says so, the session stops, the earlier reviews are kept",
          .enabled(if: SmallDisk.unavailable == nil, "\(SmallDisk.unavailable ?? "")"))
    func fullDiskDuringQuiz() async throws {
        let disk = try #require(SmallDisk.make(kibibytes: 512))
        let home = disk.directory.file("home")
        let executable = try #require(KnobsBinary.url)
        let quiz = try PipedSession(
            executable: executable, arguments: ["quiz", "--deck", "ai", "--mode", "production", "--new", "15", "--now", QuizRun.start, "--seed", "1"],
            environment: KnobsBinary.merged(["KNOBS_HOME": home, "XDG_DATA_HOME": nil, "LANG": "C.UTF-8", "USER": "learner", "TZ": "UTC", "PATH": "/nonexistent"]))
        quiz.write("\n\n\n\n")
        try await quiz.expect("Saved: ")
        try await quiz.expect("Saved: ")
        try disk.fill()
        quiz.write(String(repeating: "\n\n", count: 20))
        quiz.closeInput()
        #expect(try await quiz.waitForExit() == ProcessEnding(exitCode: 1), "\(quiz.stdout)\n\(quiz.stderr)")
        #expect(quiz.stderr.hasPrefix("error: not saved: your review of '"), "\(quiz.stderr)")
        #expect(quiz.stderr.contains(": database or disk is full\n  = hint: free some space on the disk that holds \(home)\n"), "\(quiz.stderr)")
        #expect(quiz.stderr.hasSuffix("  = note: the reviews before it are kept; the session stops here\n"), "\(quiz.stderr)")
        try disk.free()

        let database = home + "/knobs.sqlite"
        #expect(try await SQLiteShell.query(database, "PRAGMA integrity_check") == "ok\n")
        let acknowledged = QuizKillTests.acknowledged(quiz.stdout)
        let logged = try await SQLiteShell.query(database, "SELECT json_extract(data, '$.word') FROM pluginLog WHERE kind = 'review' ORDER BY id")
        #expect(logged.split(separator: "\n").map(String.init) == acknowledged, "the log holds exactly the reviews acknowledged")
        #expect(acknowledged.count >= 2)
    }

    @Test("a disk full from the start: the lessons run with progress off, and say so once",
          .enabled(if: SmallDisk.unavailable == nil, "\(SmallDisk.unavailable ?? "")"))
    func fullDiskFromTheStart() async throws {
        let disk = try #require(SmallDisk.make(kibibytes: 256))
        try disk.fill()
        let home = disk.directory.file("home")
        let lessons = try FixtureLessons.folder()
        let repl = try Self.startREPL(home: home, lessons: lessons)
        repl.write(Self.script(1...FixtureLessons.manyCount))
        repl.closeInput()
        #expect(try await repl.waitForExit() == ProcessEnding(exitCode: 0), "\(repl.stderr)")
        #expect(repl.stderr.hasPrefix("warning: progress is off, so nothing you do in this session will be saved: "), "\(repl.stderr)")
        #expect(repl.stderr.contains("\n  = hint: free some space on the disk that holds \(home)\n"), "\(repl.stderr)")
        #expect(repl.stderr.split(separator: "\n").count == 2, "one warning, one hint: \(repl.stderr)")
        #expect(REPLKillTests.reportedSolved(repl.stdout).count == FixtureLessons.manyCount, "\(repl.stdout)")
    }

    @Test("a read-only data directory: the lessons run with progress off, knobs lessons lists them, the quiz and a reset refuse; nothing is written",
          .enabled(if: ReadOnlyFolder.unavailable == nil, "\(ReadOnlyFolder.unavailable ?? "")"))
    func readOnlyDataDirectory() async throws {
        let home = try TemporaryDirectory()
        let lessons = try FixtureLessons.folder()
        // A database with some progress, made while the folder could be written.
        let first = try await REPLRun.piped(["repl", Self.lesson], input: Self.script(1...1), home: home, lessons: lessons.path)
        #expect(first.exitCode == 0 && first.stderr.isEmpty, "\(first)")
        let before = try Self.contents(home.path)
        try ReadOnlyFolder.protect(home)
        defer { try? ReadOnlyFolder.release(home) }
        let knobs = try #require(KnobsBinary.url)
        func run(_ arguments: [String], input: String = "") async throws -> RunResult {
            let (executable, arguments) = ReadOnlyFolder.command(knobs, arguments)
            return try await ChildProcess.run(
                executable: executable, arguments: arguments, stdin: .text(input),
                environment: KnobsBinary.merged(REPLRun.environment(home: home)), deadline: .seconds(60))
        }
        let hint = "  = hint: make \(home.path) writable for you, or set KNOBS_HOME to a folder you can write to\n"

        let repl = try await run(["repl", Self.lesson, "--lessons", lessons.path], input: Self.script(1...FixtureLessons.manyCount))
        #expect(repl.exitCode == 0, "\(repl)")
        #expect(repl.stderr.hasPrefix("warning: progress is off, so nothing you do in this session will be saved: ") && repl.stderr.hasSuffix(hint), "\(repl.stderr)")
        #expect(REPLKillTests.reportedSolved(repl.stdout).count == FixtureLessons.manyCount, "\(repl.stdout)")

        let listing = try await run(["lessons", "--lessons", lessons.path])
        #expect(listing.exitCode == 0 && listing.stdout.contains(Self.lesson), "\(listing)")
        #expect(listing.stderr.hasPrefix("warning: your progress cannot be shown: ") && listing.stderr.hasSuffix(hint), "\(listing.stderr)")

        let quiz = try await run(["quiz", "--deck", "corner"])
        #expect(quiz.exitCode == 1 && quiz.stdout.isEmpty, "\(quiz)")
        #expect(quiz.stderr.hasPrefix("error: the quiz needs the knobs database to keep your reviews, and it cannot be opened: ") && quiz.stderr.hasSuffix(hint), "\(quiz.stderr)")

        let reset = try await run(["progress", "--reset"])
        #expect(reset.exitCode == 1 && reset.stderr.hasPrefix("error: nothing was forgotten: ") && reset.stderr.hasSuffix(hint), "\(reset)")

        #expect(try Self.contents(home.path) == before, "the read-only folder is as it was")
    }

    @Test("a database from a newer knobs: refused with a message, never written; the lessons still run")
    func newerSchema() async throws {
        let home = try TemporaryDirectory()
        let lessons = try FixtureLessons.folder()
        let first = try await REPLRun.piped(["repl", Self.lesson], input: Self.script(1...1), home: home, lessons: lessons.path)
        #expect(first.exitCode == 0, "\(first)")
        let database = home.file("knobs.sqlite")
        _ = try await SQLiteShell.query(database, "INSERT INTO grdb_migrations (identifier) VALUES ('v99 from the future')")
        let before = try Self.contents(home.path)
        let message = "\(database) was written by a newer knobs, and this one leaves it as it is\n"
            + "  = hint: update knobs to use it; or set KNOBS_HOME to another folder to start afresh\n"

        let repl = try await REPLRun.piped(["repl", Self.lesson], input: Self.script(1...FixtureLessons.manyCount), home: home, lessons: lessons.path)
        #expect(repl.exitCode == 0, "\(repl)")
        #expect(repl.stderr == "warning: progress is off, so nothing you do in this session will be saved: " + message, "\(repl.stderr)")
        #expect(REPLKillTests.reportedSolved(repl.stdout).count == FixtureLessons.manyCount)
        let quiz = try await QuizRun.piped(["quiz", "--deck", "corner"], home: home)
        #expect(quiz.exitCode == 1 && quiz.stderr == "error: the quiz needs the knobs database to keep your reviews, and it cannot be opened: " + message, "\(quiz)")
        let listing = try await REPLRun.piped(["lessons"], input: "", home: home, lessons: lessons.path)
        #expect(listing.exitCode == 0 && listing.stderr == "warning: your progress cannot be shown: " + message, "\(listing)")

        #expect(try Self.contents(home.path) == before, "not a byte of the newer database changed")
    }

    @Test("a damaged database is moved aside with a message, never deleted, and the progress goes to a new one")
    func damagedDatabase() async throws {
        let home = try TemporaryDirectory()
        let lessons = try FixtureLessons.folder()
        let garbage = Data((0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        try garbage.write(to: home.url.appendingPathComponent("knobs.sqlite"))

        let repl = try await REPLRun.piped(["repl", Self.lesson], input: Self.script(1...FixtureLessons.manyCount), home: home, lessons: lessons.path)
        #expect(repl.exitCode == 0, "\(repl)")
        let moved = try #require(repl.stderr.firstMatch(of: /^warning: the progress database (.+) was damaged \((.+)\), so it was moved to (.+) and a new, empty one was made; what you did before is only in the moved file\n$/),
                                 "\(repl.stderr)")
        #expect(String(moved.1) == home.file("knobs.sqlite"))
        let movedTo = String(moved.3)
        #expect(movedTo.hasPrefix(home.path + "/knobs.damaged-") && movedTo.hasSuffix("Z.sqlite"), "\(movedTo)")
        #expect(FileManager.default.contents(atPath: movedTo) == garbage, "the damaged file is kept as it was")
        #expect(try await Self.storedSolved(home.file("knobs.sqlite")) == Set((1...FixtureLessons.manyCount).map { "e\($0)" }))

        let again = try await REPLRun.piped(["repl", Self.lesson], input: "", home: home, lessons: lessons.path)
        #expect(again.stderr.isEmpty && again.stdout.contains("Welcome back"), "the new database is sound: \(again)")
    }
}
