import Foundation
import Testing

/// A quiz killed at any moment keeps every review it acknowledged: `Saved:` is written only
/// after the card and its review are committed. The database is read with the sqlite3 shell.
@Suite("killing a quiz loses no acknowledged review", .serialized)
struct QuizKillTests {
    static let rounds = 12
    /// Each question answered blank and its Again kept: the cards keep coming back, so the
    /// session runs until the script ends.
    static let questions = 40
    static let script = String(repeating: "\n\n", count: questions)

    static func start(learner: String, home: TemporaryDirectory) throws -> PipedSession {
        let executable = try #require(KnobsBinary.url)
        let session = try PipedSession(
            executable: executable,
            arguments: ["quiz", "--deck", "ai", "--mode", "production", "--new", "15", "--now", QuizRun.start, "--seed", "1"],
            environment: KnobsBinary.merged(QuizRun.environment(home: home, ["USER": learner, "LOGNAME": learner])))
        session.write(Self.script)
        session.closeInput()
        return session
    }

    /// The words of the reviews the session acknowledged, in order.
    static func acknowledged(_ stdout: String) -> [String] {
        stdout.matches(of: #/Saved: [a-z]+\. (.+) is due again in /#).map { String($0.1) }
    }

    /// The words of `learner`'s logged reviews, in order.
    static func logged(_ home: TemporaryDirectory, _ learner: String) async throws -> [String] {
        try await QuizRun.query(home, """
            SELECT json_extract(pluginLog.data, '$.word') FROM pluginLog JOIN learner ON learner.id = pluginLog.learnerId
            WHERE learner.name = '\(learner)' AND pluginLog.kind = 'review' ORDER BY pluginLog.id
            """)
    }

    /// Sends SIGKILL once the session has acknowledged `reviews` reviews and `part` of the mean
    /// time per review (or of `startUp`) has passed since; a session that ends first is left alone.
    static func kill(_ session: PipedSession, after reviews: Int, plus part: Double, startUp: Duration) async throws {
        let clock = ContinuousClock()
        let began = clock.now
        do {
            for _ in 0..<reviews { try await session.expect("Saved: ") }
        } catch is OutputTimeout {
            return
        }
        let each = reviews == 0 ? startUp : (clock.now - began) / reviews
        try await clock.sleep(for: each * part)
        session.signal(SIGKILL)
    }

    @Test("SIGKILL at random moments: the database is sound and holds every review acknowledged, cards matching the log")
    func killed() async throws {
        let home = try TemporaryDirectory()
        var random = SeededRandom(seed: REPLKillTests.seed())
        let clock = ContinuousClock()
        let began = clock.now
        let whole = try Self.start(learner: "calibration", home: home)
        #expect(try await whole.waitForExit() == ProcessEnding(exitCode: 0), "\(whole.stderr)")
        let wholeRun = clock.now - began
        #expect(Self.acknowledged(whole.stdout).count == Self.questions, "\(whole.stdout)")
        #expect(try await Self.logged(home, "calibration") == Self.acknowledged(whole.stdout))

        var killedMidway = 0
        var acknowledgedCounts: [Int] = []
        for round in 0..<Self.rounds {
            let learner = "learner\(round)"
            let session = try Self.start(learner: learner, home: home)
            let reviews = Int.random(in: 0..<Self.questions, using: &random)
            try await Self.kill(session, after: reviews, plus: Double.random(in: 0...1, using: &random), startUp: wholeRun / (Self.questions + 1))
            let ending = try await session.waitForExit()
            if ending.signal == SIGKILL { killedMidway += 1 }
            #expect(ending.signal == SIGKILL || ending.exitCode == 0, "\(ending): \(session.stderr)")

            let integrity = try await SQLiteShell.query(QuizRun.database(home), "PRAGMA integrity_check; PRAGMA foreign_key_check;")
            try #require(integrity == "ok\n", "round \(round): the database is damaged: \(integrity)")
            let acknowledged = Self.acknowledged(session.stdout)
            let logged = try await Self.logged(home, learner)
            acknowledgedCounts.append(acknowledged.count)
            #expect(Array(logged.prefix(acknowledged.count)) == acknowledged, "round \(round): told \(acknowledged), the log has \(logged)")
            #expect(logged.count <= acknowledged.count + 1, "at most the review being acknowledged when it died is extra")
            // Each card document is its last review's outcome: the two were written in one transaction.
            let mismatched = try await QuizRun.query(home, """
                SELECT d.key FROM pluginDocument d JOIN learner l ON l.id = d.learnerId
                WHERE l.name = '\(learner)' AND json_extract(d.data, '$.due') <> (
                    SELECT json_extract(g.data, '$.due') FROM pluginLog g WHERE g.learnerId = d.learnerId AND g.key = d.key ORDER BY g.id DESC LIMIT 1)
                """)
            #expect(mismatched.isEmpty, "round \(round): cards that disagree with their last review: \(mismatched)")
        }
        print("quiz kill test: \(Self.rounds) rounds, a whole run \(wholeRun), \(killedMidway) killed before their end, after \(acknowledgedCounts) acknowledged reviews")
        #expect(killedMidway >= Self.rounds / 2, "too few kills landed before the end of a run")
    }
}
