import Foundation
import Testing

/// Nothing the REPL has acknowledged is lost, whatever moment the process dies
/// at, and two processes on one database do not corrupt it (issue 4, Progress;
/// issue 10, crash safety).
///
/// The REPL prints "Solved '<id>'" only after the store has committed the
/// answer, so every exercise it reported before a SIGKILL must be in the
/// database afterwards. Half the kills come at a random moment, half while the
/// REPL writes to its database (see ``KillMoment``). The log is read as the kill
/// left it (``WALFile``), then the database with the `sqlite3` shell, an oracle
/// outside knobs: `PRAGMA integrity_check` and the solved rows.
@Suite("killing the REPL loses nothing it acknowledged", .serialized)
struct REPLKillTests {
    static let lesson = "91-many"

    @Test("SIGKILL at random moments and in the middle of writes, two REPLs at once on one database: sound, and every reported solution kept")
    func killedAtRandomMoments() async throws {
        let home = try TemporaryDirectory()
        let lessons = try FixtureLessons.folder()
        let database = home.file("knobs.sqlite")
        var random = SeededRandom(seed: Self.seed())
        // Two REPLs a round, each killed: KNOBS_KILL_ROUNDS kills in all.
        let rounds = max(1, KillMoment.rounds / 2)

        // A whole run, and how long one takes (the kills before any solution land in its first ninth).
        let clock = ContinuousClock()
        let began = clock.now
        let calibration = try start(learner: "calibration", home: home, lessons: lessons)
        #expect(try await calibration.waitForExit() == ProcessEnding(exitCode: 0), "\(calibration.stderr)")
        let wholeRun = clock.now - began
        #expect(Self.reportedSolved(calibration.stdout).count == FixtureLessons.manyCount, "\(calibration.stdout)")

        var acknowledged: [String: Set<String>] = [:]
        var tally = KillTally()
        for round in 0..<rounds {
            let learners = ["a\(round)", "b\(round)"]
            let sessions = try learners.map { try start(learner: $0, home: home, lessons: lessons) }
            let moments = learners.map { _ in KillMoment.draw(acknowledgements: FixtureLessons.manyCount, using: &random) }
            let startUp = wholeRun / (FixtureLessons.manyCount + 1)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (session, moment) in zip(sessions, moments) {
                    group.addTask { try await moment.kill(session, marker: "Solved '", startUp: startUp) }
                }
                try await group.waitForAll()
            }
            var killed = false
            for (learner, session) in zip(learners, sessions) {
                let ending = try await session.waitForExit()
                if ending.signal == SIGKILL { killed = true }
                tally.count(ending, moment: moments[learners.firstIndex(of: learner)!])
                #expect(ending.signal == SIGKILL || ending.exitCode == 0, "\(learner) ended with \(ending): \(session.stderr)")
                #expect(session.stderr.isEmpty, "\(learner): \(session.stderr)")
                acknowledged[learner] = Self.reportedSolved(session.stdout)
            }
            if killed { tally.inspect(WALFile(databasePath: database)) }

            let integrity = try await SQLiteShell.query(database, "PRAGMA integrity_check; PRAGMA foreign_key_check;")
            try #require(integrity == "ok\n", "round \(round) (\(moments)): the database is damaged: \(integrity)")
            // Every solution reported in this round is in the database.
            let stored = try await Self.storedSolved(database)
            for learner in learners {
                let reported = acknowledged[learner, default: []]
                let missing = reported.subtracting(stored[learner] ?? [])
                #expect(missing.isEmpty, "round \(round): \(learner) was told \(missing.sorted()) were solved, but the database lost them")
                if !(stored[learner] ?? []).subtracting(reported).isEmpty { tally.committedUnacknowledged += 1 }
            }
        }
        // And the later rounds lost none of the earlier rounds' work.
        let stored = try await Self.storedSolved(database)
        for (learner, reported) in acknowledged where !reported.isSubset(of: stored[learner] ?? []) {
            Issue.record("at the end, \(learner)'s \(reported.subtracting(stored[learner] ?? []).sorted()) are missing")
        }
        print("REPL kill test: \(2 * rounds) REPLs, a whole run \(wholeRun); \(tally)")
        tally.expectEnoughKills(of: 2 * rounds)

        // knobs itself still opens the database, and resumes a learner who was killed.
        let (learner, solved) = try #require(acknowledged.filter { !$0.value.isEmpty }.max { $0.value.count < $1.value.count })
        let resumed = try await REPLRun.piped(["repl", Self.lesson], input: "", home: home, lessons: lessons.path, learner: learner)
        #expect(resumed.exitCode == 0, "\(resumed)")
        #expect(resumed.stdout.contains("Welcome back"), "\(learner) solved \(solved.sorted()) but was not welcomed back: \(resumed)")
    }

    @Test("two REPLs on one database at once both finish the lesson, and both learners' work is kept")
    func twoAtOnce() async throws {
        let home = try TemporaryDirectory()
        let lessons = try FixtureLessons.folder()
        let sessions = try ["first", "second"].map { try start(learner: $0, home: home, lessons: lessons) }
        for session in sessions {
            #expect(try await session.waitForExit() == ProcessEnding(exitCode: 0), "\(session.stderr)")
            #expect(session.stderr == "", "\(session.stderr)")
            #expect(Self.reportedSolved(session.stdout).count == FixtureLessons.manyCount, "\(session.stdout)")
        }
        let database = home.file("knobs.sqlite")
        #expect(try await SQLiteShell.query(database, "PRAGMA integrity_check") == "ok\n")
        let stored = try await Self.storedSolved(database)
        let all = Set((1...FixtureLessons.manyCount).map { "e\($0)" })
        #expect(stored["first"] == all && stored["second"] == all, "\(stored)")
    }

    // MARK: Helpers

    /// Starts the REPL on ``FixtureLessons/many`` with the whole script piped in, its input then closed.
    private func start(learner: String, home: TemporaryDirectory, lessons: TemporaryDirectory) throws -> PipedSession {
        let executable = try #require(KnobsBinary.url)
        let session = try PipedSession(
            executable: executable, arguments: ["repl", Self.lesson, "--lessons", lessons.path],
            environment: KnobsBinary.merged(REPLRun.environment(home: home, learner: learner)))
        session.write(FixtureLessons.manyScript)
        session.closeInput()
        return session
    }

    /// The exercises the REPL said were solved.
    static func reportedSolved(_ stdout: String) -> Set<String> {
        Set(stdout.matches(of: /Solved '([^']+)'/).map { String($0.1) })
    }

    /// The solved exercises of ``lesson`` in the database, by learner.
    static func storedSolved(_ database: String) async throws -> [String: Set<String>] {
        let rows = try await SQLiteShell.query(database, """
            SELECT learner.name, exerciseProgress.exerciseId FROM exerciseProgress
            JOIN learner ON learner.id = exerciseProgress.learnerId
            WHERE exerciseProgress.lessonId = '\(lesson)' AND exerciseProgress.solvedCode IS NOT NULL
            """)
        var solved: [String: Set<String>] = [:]
        for row in rows.split(separator: "\n") {
            let fields = row.split(separator: "|", maxSplits: 1).map(String.init)
            if fields.count == 2 { solved[fields[0], default: []].insert(fields[1]) }
        }
        return solved
    }

    /// `KNOBS_KILL_SEED` replays a run; otherwise a fresh seed, printed so that a failure can be replayed.
    static func seed() -> UInt64 {
        if let text = ProcessInfo.processInfo.environment["KNOBS_KILL_SEED"], let seed = UInt64(text) { return seed }
        let seed = UInt64.random(in: 1...UInt64.max)
        print("kill test seed: KNOBS_KILL_SEED=\(seed)")
        return seed
    }
}

/// SplitMix64: a small seeded generator, so that a failing run of the kill test can be replayed.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
