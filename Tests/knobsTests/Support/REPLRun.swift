import Foundation
import Testing

/// How the REPL tests start knobs: with a private data directory, chosen
/// lessons, a UTF-8 locale, readline without an init file, and a fixed learner,
/// so that nothing of the person running the tests (their progress, history,
/// `~/.inputrc` or locale) can change what happens.
enum REPLRun {
    /// The lessons that come with knobs, in the repository.
    static let bundledLessons = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("lessons").path

    /// The variables of a REPL run, on top of ``KnobsBinary/baseEnvironment``.
    static func environment(home: TemporaryDirectory, learner: String = "learner", _ changes: [String: String?] = [:]) -> [String: String?] {
        var environment: [String: String?] = [
            "KNOBS_HOME": home.path,
            "KNOBS_LESSONS": nil,
            "XDG_DATA_HOME": nil,
            "LANG": "C.UTF-8",
            "LC_ALL": nil,
            "LC_CTYPE": nil,
            "INPUTRC": "/dev/null",
            "USER": learner,
            "LOGNAME": learner,
        ]
        for (name, value) in changes { environment[name] = value }
        return environment
    }

    /// `knobs ARGUMENTS --lessons LESSONS` on a pseudo-terminal of `columns` × `rows`.
    static func terminal(
        _ arguments: [String] = [], home: TemporaryDirectory, lessons: String = bundledLessons,
        columns: Int = 100, rows: Int = 40, learner: String = "learner"
    ) throws -> TerminalSession {
        let executable = try #require(KnobsBinary.url, "the knobs executable was not found beside the test bundle; build it (swift build) or set KNOBS_BINARY")
        return try TerminalSession(
            executable: executable, arguments: arguments + ["--lessons", lessons],
            environment: KnobsBinary.merged(environment(home: home, learner: learner)), columns: columns, rows: rows)
    }

    /// `knobs ARGUMENTS --lessons LESSONS` with `input` on a pipe: no prompt, no history.
    static func piped(
        _ arguments: [String] = [], input: String, home: TemporaryDirectory, lessons: String = bundledLessons,
        learner: String = "learner"
    ) async throws -> RunResult {
        try await KnobsBinary.run(
            arguments + ["--lessons", lessons], stdin: .text(input),
            environment: environment(home: home, learner: learner), deadline: .seconds(60))
    }
}

extension TerminalSession {
    /// Waits for the REPL's next main prompt (`knobs › `, `knobs 02-line 3/16 › `) at the start of a line.
    ///
    /// - Returns: What came before the prompt since the last match, and the prompt itself.
    @discardableResult
    func expectPrompt(timeout: Duration = TerminalSession.patience) async throws -> (output: String, prompt: String) {
        let deadline = ContinuousClock.now + timeout
        var seen = ""
        while true {
            seen += try await expect("› ", timeout: ContinuousClock.now.duration(to: deadline))
            let lineStart = seen.lastIndex(of: "\n").map { seen.index(after: $0) } ?? seen.startIndex
            let line = String(seen[lineStart...])
            if Self.isPrompt(line) {
                return (String(seen[..<lineStart]), line)
            }
        }
    }

    /// `knobs › `, `knobs LESSON N/M › `, or on a task still to do `knobs LESSON N/M exercise › ` (or `question`).
    static func isPrompt(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard line.hasSuffix(" › "), words.first == "knobs", words.last == "›" else { return false }
        if words.count == 2 { return true }
        guard words.count == 4 || (words.count == 5 && ["exercise", "question"].contains(words[3])) else { return false }
        let place = words[2].split(separator: "/")
        return place.count == 2 && place.allSatisfy { Int($0) != nil }
    }
}

/// The `sqlite3` command-line shell, as an oracle outside knobs for what its database holds.
enum SQLiteShell {
    /// Where `sqlite3` is on `PATH`, if it is.
    static let url: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("sqlite3")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    /// Runs `sql` on the database at `path` and returns what the shell printed, one row a line.
    static func query(_ path: String, _ sql: String) async throws -> String {
        let shell = try #require(url, "the sqlite3 shell is not installed (Debian: apt-get install sqlite3)")
        let result = try await ChildProcess.run(
            executable: shell, arguments: ["-bail", path, sql], stdin: .null,
            environment: ProcessInfo.processInfo.environment, deadline: .seconds(30))
        guard result.exitCode == 0 else {
            throw Failure(description: "sqlite3 failed on \(sql): \(result)")
        }
        return result.stdout
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }
}
