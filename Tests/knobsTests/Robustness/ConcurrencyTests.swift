import Foundation
import Testing

/// Several knobs processes on one data directory at once (issue 10): REPLs and quizzes of one
/// learner, a grader and a listing beside them. No corruption, no error, and no lost update:
/// each process's acknowledged work is in the database, attempts add up, and every quiz
/// review was made from the card as the review before it left it. Read with the sqlite3 shell.
@Suite("several knobs at once on one data directory", .serialized)
struct ConcurrencyTests {
    static let quizArguments = ["quiz", "--mode", "production", "--now", QuizRun.start, "--seed", "1"]

    /// `knobs ARGUMENTS` with its data in `home` as `learner`, input left open.
    static func start(_ arguments: [String], home: TemporaryDirectory, learner: String) throws -> PipedSession {
        let executable = try #require(KnobsBinary.url)
        return try PipedSession(
            executable: executable, arguments: arguments,
            environment: KnobsBinary.merged(QuizRun.environment(home: home, ["USER": learner, "LOGNAME": learner])))
    }

    /// The lessons folder: ``FixtureLessons/many`` as 91-many and again as 92-many.
    static func lessons() throws -> TemporaryDirectory {
        let folder = try FixtureLessons.folder()
        try folder.write(FixtureLessons.many.replacingOccurrences(of: "id: 91-many", with: "id: 92-many"), to: "92-many.md")
        return folder
    }

    /// `exerciseId|attempts|solved` of `learner`'s exercises in `lesson`.
    static func exercises(_ home: TemporaryDirectory, _ learner: String, _ lesson: String) async throws -> [String] {
        try await QuizRun.query(home, """
            SELECT e.exerciseId, e.attempts, e.solvedCode IS NOT NULL FROM exerciseProgress e JOIN learner l ON l.id = e.learnerId
            WHERE l.name = '\(learner)' AND e.lessonId = '\(lesson)' ORDER BY e.exerciseId
            """)
    }

    /// `learner`'s reviews that were not made from the card as the review before left it:
    /// the first of a card not from a new card, or a later one whose state before is not the
    /// previous one's state after. Each is a lost update.
    static func reviewsFromStaleCards(_ home: TemporaryDirectory, _ learner: String) async throws -> [String] {
        try await QuizRun.query(home, """
            SELECT key, id, before, previous FROM (
                SELECT g.key, g.id, json_extract(g.data, '$.state_before') AS before,
                       LAG(json_extract(g.data, '$.state')) OVER (PARTITION BY g.key ORDER BY g.id) AS previous
                FROM pluginLog g JOIN learner l ON l.id = g.learnerId WHERE l.name = '\(learner)' AND g.kind = 'review')
            WHERE before IS NOT coalesce(previous, 'new')
            """)
    }

    /// `learner`'s cards whose document is not what their last review made.
    static func cardsBehindTheirLog(_ home: TemporaryDirectory, _ learner: String) async throws -> [String] {
        try await QuizRun.query(home, """
            SELECT d.key FROM pluginDocument d JOIN learner l ON l.id = d.learnerId
            WHERE l.name = '\(learner)' AND d.kind = 'card' AND json_extract(d.data, '$.due') IS NOT (
                SELECT json_extract(g.data, '$.due') FROM pluginLog g WHERE g.learnerId = d.learnerId AND g.key = d.key ORDER BY g.id DESC LIMIT 1)
            """)
    }

    @Test("two REPLs of one learner in one exercise: every attempt of both counts")
    func attemptsAddUp() async throws {
        let home = try TemporaryDirectory()
        let lessons = try Self.lessons()
        let arguments = ["repl", "91-many", "--lessons", lessons.path]
        let first = try Self.start(arguments, home: home, learner: "ada")
        first.write("\nx1 = 0\n")
        try await first.expect("Not yet")
        // The second resumes where the first is, with its one attempt, and makes its own.
        let second = try Self.start(arguments, home: home, learner: "ada")
        second.write("x1 = 0\n")
        try await second.expect("Not yet")
        first.write("x1 = 2\nx1 = 1\n")
        try await first.expect("Solved 'e1'")
        second.write("x1 = 1\n")
        try await second.expect("Solved 'e1'")
        for session in [first, second] {
            session.closeInput()
            #expect(try await session.waitForExit() == ProcessEnding(exitCode: 0), "\(session.stderr)")
            #expect(session.stderr.isEmpty, "\(session.stderr)")
        }
        #expect(try await Self.exercises(home, "ada", "91-many") == ["e1|5|1"], "three attempts of the first, two of the second")
    }

    @Test("two quizzes of one learner review the same card: the second from the card as the first left it")
    func reviewsBuildOnEachOther() async throws {
        let home = try TemporaryDirectory()
        let arguments = Self.quizArguments + ["--deck", "corner", "--new", "3"]
        let first = try Self.start(arguments, home: home, learner: "ada")
        try await first.expect("corner: 0 due, 3 new.")
        let second = try Self.start(arguments, home: home, learner: "ada")
        try await second.expect("corner: 0 due, 3 new.")
        // Both ask the same first word, as new; each answers blank and grades it Good.
        first.write("\n3\n")
        try await first.expect("Saved: good.")
        second.write("\n3\n")
        try await second.expect("Saved: good.")
        for session in [first, second] {
            session.closeInput()
            #expect(try await session.waitForExit() == ProcessEnding(exitCode: 0), "\(session.stderr)")
        }
        let reviews = try await QuizRun.reviews(home)
        #expect(reviews.count == 2 && reviews.map { $0.split(separator: "|")[0] }.allSatisfy { $0 == reviews[0].split(separator: "|")[0] }, "\(reviews)")
        #expect(reviews.map { $0.split(separator: "|")[5] } == ["new", "learning"], "the second review saw the first's learning card: \(reviews)")
        #expect(try await Self.reviewsFromStaleCards(home, "ada").isEmpty)
        #expect(try await QuizRun.cards(home).first?.split(separator: "|")[1] == "review", "Good on the second learning step graduates the card")
    }

    @Test("REPLs, quizzes, a grader and a listing at once, round after round: sound, every acknowledgement kept, no update lost")
    func allAtOnce() async throws {
        let home = try TemporaryDirectory()
        let lessons = try Self.lessons()
        let corpus = GradingCommandTests.corpus
        let quizScript = String(repeating: "\n3\n", count: 30)
        for round in 0..<3 {
            let learner = "learner\(round)"
            let repls = try ["91-many", "92-many"].map { try Self.start(["repl", $0, "--lessons", lessons.path], home: home, learner: learner) }
            let quizzes = try (0..<2).map { _ in try Self.start(Self.quizArguments + ["--deck", "ai", "--new", "15"], home: home, learner: learner) }
            let grader = try Self.start(["grade", "--key", corpus.appendingPathComponent("key.md").path, "--format", "json",
                                         corpus.appendingPathComponent("submissions/full.md").path, corpus.appendingPathComponent("submissions/partial.md").path],
                                        home: home, learner: learner)
            let listing = try Self.start(["lessons", "--lessons", lessons.path], home: home, learner: learner)
            for repl in repls { repl.write(FixtureLessons.manyScript) }
            for quiz in quizzes { quiz.write(quizScript) }
            for session in repls + quizzes + [grader, listing] { session.closeInput() }

            for session in repls + quizzes + [listing] {
                #expect(try await session.waitForExit() == ProcessEnding(exitCode: 0), "round \(round): \(session.stderr)")
                #expect(session.stderr.isEmpty, "round \(round): \(session.stderr)")
            }
            #expect(try await grader.waitForExit() == ProcessEnding(exitCode: 1), "round \(round): \(grader.stderr)")
            struct Report: Decodable {
                struct Submission: Decodable { var score: Double }
                var submissions: [Submission]
            }
            let report = try JSONDecoder().decode(Report.self, from: Data(grader.stdout.utf8))
            #expect(report.submissions.map(\.score) == [6, 2], "round \(round): the grader's scores")

            #expect(try await SQLiteShell.query(QuizRun.database(home), "PRAGMA integrity_check; PRAGMA foreign_key_check;") == "ok\n")
            for (repl, lesson) in zip(repls, ["91-many", "92-many"]) {
                #expect(REPLKillTests.reportedSolved(repl.stdout).count == FixtureLessons.manyCount, "\(repl.stdout)")
                #expect(try await Self.exercises(home, learner, lesson) == (1...FixtureLessons.manyCount).map { "e\($0)|2|1" }, "round \(round), \(lesson)")
            }
            let acknowledged = quizzes.map { QuizKillTests.acknowledged($0.stdout).count }
            let logged = try await QuizKillTests.logged(home, learner)
            #expect(logged.count == acknowledged.reduce(0, +) && acknowledged.allSatisfy { $0 > 0 }, "round \(round): told \(acknowledged), logged \(logged.count)")
            #expect(try await Self.reviewsFromStaleCards(home, learner).isEmpty, "round \(round): reviews made from a card another had replaced")
            #expect(try await Self.cardsBehindTheirLog(home, learner).isEmpty, "round \(round)")
        }
    }
}
