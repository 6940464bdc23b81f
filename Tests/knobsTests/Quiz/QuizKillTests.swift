import Foundation
import Testing

/// A quiz killed at any moment keeps every review it acknowledged: `Saved:` is written only
/// after the card and its review are committed. Half the kills come at a random moment, half
/// while the quiz writes to its database (see ``KillMoment``). The log is read as the kill left
/// it (``WALFile``), then the database with the sqlite3 shell.
@Suite("killing a quiz loses no acknowledged review", .serialized)
struct QuizKillTests {
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

    @Test("SIGKILL at random moments and in the middle of writes: the database is sound and holds every review acknowledged, cards matching the log")
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

        let rounds = KillMoment.rounds
        var tally = KillTally()
        for round in 0..<rounds {
            let learner = "learner\(round)"
            let session = try Self.start(learner: learner, home: home)
            let moment = KillMoment.draw(acknowledgements: Self.questions, using: &random)
            try await moment.kill(session, marker: "Saved: ", startUp: wholeRun / (Self.questions + 1))
            let ending = try await session.waitForExit()
            tally.count(ending, moment: moment)
            #expect(ending.signal == SIGKILL || ending.exitCode == 0, "\(ending): \(session.stderr)")
            if ending.signal == SIGKILL { tally.inspect(WALFile(databasePath: QuizRun.database(home))) }

            let integrity = try await SQLiteShell.query(QuizRun.database(home), "PRAGMA integrity_check; PRAGMA foreign_key_check;")
            try #require(integrity == "ok\n", "round \(round) (\(moment)): the database is damaged: \(integrity)")
            let acknowledged = Self.acknowledged(session.stdout)
            let logged = try await Self.logged(home, learner)
            #expect(Array(logged.prefix(acknowledged.count)) == acknowledged, "round \(round): told \(acknowledged), the log has \(logged)")
            #expect(logged.count <= acknowledged.count + 1, "at most the review being acknowledged when it died is extra")
            if logged.count > acknowledged.count { tally.committedUnacknowledged += 1 }
            // Each card document is its last review's outcome: the two were written in one transaction.
            let mismatched = try await QuizRun.query(home, """
                SELECT d.key FROM pluginDocument d JOIN learner l ON l.id = d.learnerId
                WHERE l.name = '\(learner)' AND json_extract(d.data, '$.due') <> (
                    SELECT json_extract(g.data, '$.due') FROM pluginLog g WHERE g.learnerId = d.learnerId AND g.key = d.key ORDER BY g.id DESC LIMIT 1)
                """)
            #expect(mismatched.isEmpty, "round \(round): cards that disagree with their last review: \(mismatched)")
        }
        print("quiz kill test: \(rounds) sessions, a whole run \(wholeRun); \(tally)")
        tally.expectEnoughKills(of: rounds)
    }
}
