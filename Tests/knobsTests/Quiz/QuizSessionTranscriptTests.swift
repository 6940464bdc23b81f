import Foundation
import Testing

/// Two whole sessions of `knobs quiz` with piped answers, a fixed --now and --seed: their
/// transcripts, and the cards and reviews in the database after each (read with sqlite3).
@Suite("a scripted quiz session", .serialized)
struct QuizSessionTranscriptTests {
    /// The first session on the three words of the corner deck: multiple choice for each new
    /// word (a right number, a wrong number, a typo of the meaning), then Dutch → English as
    /// each comes back; one grade changed to Easy.
    static let firstAnswers = [
        "2", "",                             // de Computer: option 2, Computer: right, keep Good
        "3", "",                             // het Idee: option 3, Computer: wrong, keep Again
        "artificial inteligence", "",        // de Kunstmatige Intelligentie: one letter off, keep Hard
        "idea", "",                          // Idee is back first (due in 1 min): right
        "artificial intelligence", "4",      // then Kunstmatige Intelligentie (5½ min): right, graded Easy
        "computer", "",                      // Computer (10 min): right, it graduates
        "idea", "",                          // Idee (10 min): right, it graduates
    ]

    /// Three days later the three are due: English → Dutch, Dutch → English, English → Dutch
    /// (the seed's draw); the last answer has a typo, graded Good by the learner.
    static let secondAnswers = ["het idee", "", "the computer", "", "kunstmatige inteligentie", "3"]

    @Test("the transcript of each session, the database after it, and the statistics")
    func sessions() async throws {
        let home = try TemporaryDirectory()
        let first = try await QuizRun.piped(
            ["quiz", "--deck", "corner", "--new", "3", "--now", QuizRun.start, "--seed", "7"],
            input: Self.firstAnswers.map { $0 + "\n" }.joined(), home: home)
        #expect(first.exitCode == 0 && first.stderr == "", "\(first)")
        try Snapshot.expect(first.stdout, matches: "quiz-session-1.txt")
        #expect(!first.stdout.contains("\u{1B}["), "plain output on a pipe")

        // FSRS-6's defaults: a first Good gives S = w2 and the second step (10 min); Again S = w0
        // and the first step (1 min); Hard S = w1 and the mean of the two steps (5½ min).
        let firstReviews = try await QuizRun.reviews(home)
        #expect(firstReviews == [
            "corner/computer|choice|exact|3|3|new|learning|2024-03-01T09:10:00Z",
            "corner/idee|choice|wrong|1|1|new|learning|2024-03-01T09:01:00Z",
            "corner/kunstmatige intelligentie|choice|almost|2|2|new|learning|2024-03-01T09:05:30Z",
            "corner/idee|recognition|exact|3|3|learning|learning|2024-03-01T09:10:00Z",
            "corner/kunstmatige intelligentie|recognition|exact|3|4|learning|review|2024-03-03T09:00:00Z",
            "corner/computer|recognition|exact|3|3|learning|review|2024-03-03T09:00:00Z",
            "corner/idee|recognition|exact|3|3|learning|review|2024-03-02T09:00:00Z",
        ], "\(firstReviews.joined(separator: "\n"))")
        let stabilities = try await QuizRun.query(home, "SELECT json_extract(data, '$.stability') FROM pluginLog ORDER BY id LIMIT 3")
        #expect(stabilities == ["2.3065", "0.212", "1.2931"])
        let firstCards = try await QuizRun.cards(home)
        #expect(firstCards == [
            "corner/computer|review||2024-03-03T09:00:00Z|2024-03-01T09:00:00Z",
            "corner/idee|review||2024-03-02T09:00:00Z|2024-03-01T09:00:00Z",
            "corner/kunstmatige intelligentie|review||2024-03-03T09:00:00Z|2024-03-01T09:00:00Z",
        ], "\(firstCards.joined(separator: "\n"))")

        let second = try await QuizRun.piped(
            ["quiz", "--deck", "corner", "--now", "2024-03-04T09:00:00Z", "--seed", "7"],
            input: Self.secondAnswers.map { $0 + "\n" }.joined(), home: home)
        #expect(second.exitCode == 0 && second.stderr == "", "\(second)")
        try Snapshot.expect(second.stdout, matches: "quiz-session-2.txt")
        let secondReviews = try await QuizRun.reviews(home)
        #expect(secondReviews.count == 10)
        #expect(secondReviews.dropFirst(7).map { $0.split(separator: "|").prefix(7).joined(separator: "|") } == [
            "corner/idee|production|exact|3|3|review|review",
            "corner/computer|recognition|exact|3|3|review|review",
            "corner/kunstmatige intelligentie|production|almost|2|3|review|review",
        ], "\(secondReviews.joined(separator: "\n"))")
        // The log only grew: the first session's entries are as they were.
        #expect(Array(secondReviews.prefix(7)) == firstReviews)
        let retrievabilities = try await QuizRun.query(home, "SELECT json_extract(data, '$.retrievability') IS NOT NULL FROM pluginLog ORDER BY id")
        #expect(retrievabilities == ["0", "0", "0", "1", "1", "1", "1", "1", "1", "1"])

        let stats = try await QuizRun.piped(["quiz", "--stats", "--now", "2024-03-04T09:30:00Z"], home: home)
        #expect(stats.exitCode == 0, "\(stats)")
        for line in [
            "Quiz statistics, 2024-03-04 09:30\n",
            "corner    0         0       3           0        0\n",
            "ai       92         0       0           0        0\n",
            "Last 30 days: 10 answers (8 right, 1 almost, 1 wrong).\n",
            "Retention: 100%: 3 of 3 reviews of learned cards remembered (the aim is 90%).\n",
            "Streak: 1 day, today included. Longest: 1 day.\n",
            "Cards due in the next 14 days",
        ] {
            #expect(stats.stdout.contains(line), "missing \(line.debugDescription) in\n\(stats.stdout)")
        }
        // The forecast counts the cards the database holds by the day they fall due.
        var expected = [Int](repeating: 0, count: 14)
        for due in try await QuizRun.query(home, "SELECT julianday(substr(json_extract(data, '$.due'), 1, 10)) - julianday('2024-03-04') FROM pluginDocument") {
            if let days = Double(due), days < 14 { expected[max(0, Int(days))] += 1 }
        }
        #expect(stats.stdout.contains("By day: " + expected.map(String.init).joined(separator: " ") + "\n"), "\(expected)\n\(stats.stdout)")
    }
}
