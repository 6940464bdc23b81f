import Foundation
import Testing

/// How the quiz tests start `knobs quiz`: a private data directory, UTC days, a UTF-8 locale,
/// and a `PATH` the test chooses, so that whether espeak-ng is found is the test's decision.
enum QuizRun {
    /// 2024-03-01T09:00:00Z: the first scripted session's fixed time.
    static let start = "2024-03-01T09:00:00Z"

    /// The variables of a quiz run, on top of ``REPLRun/environment(home:learner:_:)``.
    static func environment(home: TemporaryDirectory, path: String = "/nonexistent", _ changes: [String: String?] = [:]) -> [String: String?] {
        var environment = REPLRun.environment(home: home, ["TZ": "UTC", "PATH": path])
        for (name, value) in changes { environment[name] = value }
        return environment
    }

    /// `knobs ARGUMENTS` with `input` on a pipe.
    static func piped(_ arguments: [String], input: String = "", home: TemporaryDirectory, path: String = "/nonexistent") async throws -> RunResult {
        try await KnobsBinary.run(arguments, stdin: .text(input), environment: environment(home: home, path: path), deadline: .seconds(60))
    }

    /// The knobs database of `home`.
    static func database(_ home: TemporaryDirectory) -> String {
        home.file("knobs.sqlite")
    }

    /// Rows of the quiz's records, one a line, fields separated by `|`, through the sqlite3 shell.
    static func query(_ home: TemporaryDirectory, _ sql: String) async throws -> [String] {
        try await SQLiteShell.query(database(home), sql).split(separator: "\n").map(String.init)
    }

    /// Each review in the log, oldest first, as `key|mode|verdict|suggested|rating|state_before|state|due`.
    static func reviews(_ home: TemporaryDirectory) async throws -> [String] {
        try await query(home, """
            SELECT key, json_extract(data, '$.mode'), json_extract(data, '$.verdict'), json_extract(data, '$.suggested'),
                   json_extract(data, '$.rating'), json_extract(data, '$.state_before'), json_extract(data, '$.state'), json_extract(data, '$.due')
            FROM pluginLog WHERE plugin = 'dutch-quiz' AND kind = 'review' ORDER BY id
            """)
    }

    /// Each card, by key, as `key|state|step|due|last_review`.
    static func cards(_ home: TemporaryDirectory) async throws -> [String] {
        try await query(home, """
            SELECT key, json_extract(data, '$.state'), json_extract(data, '$.step'), json_extract(data, '$.due'), json_extract(data, '$.last_review')
            FROM pluginDocument WHERE plugin = 'dutch-quiz' AND kind = 'card' ORDER BY key
            """)
    }

    /// A folder holding a stand-in `espeak-ng` that appends its arguments and input to `calls`.
    static func fakeEspeak() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        let script = """
            #!/bin/sh
            echo "args: $*" >> '\(folder.file("calls"))'
            /bin/cat >> '\(folder.file("calls"))'

            """
        try folder.write(script, to: "espeak-ng")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.file("espeak-ng"))
        return folder
    }

    /// What the stand-in espeak-ng was asked to say, with its arguments.
    static func spoken(_ fake: TemporaryDirectory) -> String {
        (try? String(contentsOfFile: fake.file("calls"), encoding: .utf8)) ?? ""
    }
}
