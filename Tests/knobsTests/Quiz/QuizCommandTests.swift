import Foundation
import Testing

/// `knobs quiz`'s other uses end to end: bad input, replay, Anki import and export, help.
@Suite("knobs quiz: errors, replay, import and export")
struct QuizCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("DutchQuizPluginTests/Fixtures")

    @Test("a malformed deck: every problem on standard error at its file, line and column, exit 2")
    func malformedDeck() async throws {
        let home = try TemporaryDirectory()
        try home.write("word\tarticle\tipa\tmeanings\texample_nl\texample_en\ttags\ngewicht\thet\tɣəˈʋɪxt\tweight\t\t\tnoun\nmodel\tden\tmoːˈdɛl\tmodel\t\t\tnoun\nfout\t\tfʌut\t\t\t\t\n", to: "bad.tsv")
        let result = try await QuizRun.piped(["quiz", "--deck", home.file("bad.tsv")], home: home)
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr.contains("error: 'den' is not an article\n --> \(home.file("bad.tsv")):3:7"), "\(result.stderr)")
        #expect(result.stderr.contains("error: the meanings are empty\n --> \(home.file("bad.tsv")):4:"), "\(result.stderr)")
        let unknown = try await QuizRun.piped(["quiz", "--deck", "corne"], home: home)
        #expect(unknown.exitCode == 2 && unknown.stderr.contains("there is no bundled deck 'corne'") && unknown.stderr.contains("did you mean 'corner'?"), "\(unknown)")
    }

    @Test("bad options are usage errors, exit 2", arguments: [
        (["--mode", "spelling"], "there is no mode 'spelling'"), (["--new", "lots"], "--new takes a whole number"),
        (["--now", "tomorrow"], "--now: 'tomorrow' is not a date and time"), (["--seed", "many"], "--seed takes a whole number"),
        (["--new", "-1"], "--new takes a whole number of words, 0 or more, not '-1'"), (["--seed", "-3"], "--seed takes a whole number from 0"),
    ])
    func badOptions(arguments: [String], message: String) async throws {
        let home = try TemporaryDirectory()
        let result = try await QuizRun.piped(["quiz"] + arguments, home: home)
        #expect(result.exitCode == 2 && result.stderr.contains(message), "\(result)")
    }

    @Test("replay: the fsrs package's own replay of the history, as JSON and as a table")
    func replay() async throws {
        let home = try TemporaryDirectory()
        let history = Self.fixtures.appendingPathComponent("fsrs/history.csv").path
        let json = try await QuizRun.piped(["quiz", "replay", history, "--format", "json"], home: home)
        #expect(json.exitCode == 0 && json.stderr == "", "\(json)")
        struct Report: Decodable {
            struct Review: Decodable {
                var card: String, reviewed_at: String, rating: Int, state: String, step: Int?, stability: Double, difficulty: Double, due: String
            }

            var reviews: [Review]
        }
        let mine = try JSONDecoder().decode(Report.self, from: Data(json.stdout.utf8)).reviews
        let expected = try JSONDecoder().decode(Report.self, from: Data(contentsOf: Self.fixtures.appendingPathComponent("fsrs/history.expected.json"))).reviews
        #expect(mine.count == expected.count && !mine.isEmpty)
        for (a, b) in zip(mine, expected) {
            #expect(a.card == b.card && a.reviewed_at == b.reviewed_at && a.state == b.state && a.step == b.step && a.due == b.due, "\(a.card) at \(a.reviewed_at)")
            #expect(abs(a.stability - b.stability) <= 1e-9 * abs(b.stability) && abs(a.difficulty - b.difficulty) <= 1e-9 * abs(b.difficulty))
        }
        let table = try await QuizRun.piped(["quiz", "replay", history], home: home)
        let rows = table.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(rows.count == expected.count + 1)
        #expect(rows.first == "card reviewed rating R state step S (days) D due")
        #expect(rows.dropFirst().first == "gewicht 2024-03-01T09:00:00Z good - learning 1 2.3065 2.1181 2024-03-01T09:10:00Z")
        let piped = try await QuizRun.piped(["quiz", "replay", "-"], input: "card_id,review_time,rating\nx,2024-03-01T09:00:00Z,3\n", home: home)
        #expect(piped.stdout == """
            card  reviewed              rating  R  state     step  S (days)       D  due
            x     2024-03-01T09:00:00Z  good    -  learning  1       2.3065  2.1181  2024-03-01T09:10:00Z

            """, "\(piped)")
    }

    @Test("replay of a malformed history: the problem at its line and column, exit 2; a missing file too")
    func badHistory() async throws {
        let home = try TemporaryDirectory()
        try home.write("card_id,review_time,rating\nnetwerk,yesterday,3\n", to: "log.csv")
        let result = try await QuizRun.piped(["quiz", "replay", home.file("log.csv")], home: home)
        #expect(result.exitCode == 2 && result.stdout == "", "\(result)")
        #expect(result.stderr.contains("error: bad review time: 'yesterday' is not a date and time\n --> \(home.file("log.csv")):2:9"), "\(result.stderr)")
        let missing = try await QuizRun.piped(["quiz", "replay", home.file("none.csv")], home: home)
        #expect(missing.exitCode == 2 && missing.stderr.contains("no such file"), "\(missing)")
    }

    @Test("export to Anki's plain text and import it back: the same deck, which a session can use")
    func importExport() async throws {
        let home = try TemporaryDirectory()
        let exported = try await QuizRun.piped(["quiz", "export", "corner", "-o", home.file("corner-anki.txt")], home: home)
        #expect(exported.exitCode == 0 && exported.stderr == "Wrote 3 notes to \(home.file("corner-anki.txt")).\n", "\(exported)")
        let notes = try String(contentsOfFile: home.file("corner-anki.txt"), encoding: .utf8)
        #expect(notes.hasPrefix("#separator:tab\n#html:true\n"))
        let imported = try await QuizRun.piped(["quiz", "import", home.file("corner-anki.txt"), "-o", home.file("words.tsv")], home: home)
        #expect(imported.exitCode == 0, "\(imported)")
        let bundled = try await QuizRun.piped(["quiz", "export", "corner"], home: home)
        let again = try await QuizRun.piped(["quiz", "export", home.file("words.tsv")], home: home)
        #expect(again.stdout == bundled.stdout && bundled.stdout == notes, "the round trip keeps the deck")
        let session = try await QuizRun.piped(["quiz", "--deck", home.file("words.tsv"), "--new", "1", "--mode", "production", "--now", QuizRun.start],
                                              input: "de computer\n\n:quit\n", home: home)
        #expect(session.stdout.contains("words: 0 due, 1 new.") && session.stdout.contains("✔ Right."), "\(session)")
        #expect(try await QuizRun.cards(home).first?.hasPrefix("words/computer|learning|1|") == true, "a deck file's cards go by its name")
        let badMap = try await QuizRun.piped(["quiz", "import", home.file("corner-anki.txt"), "--map", "wurd=1"], home: home)
        #expect(badMap.exitCode == 2 && badMap.stderr.contains("'wurd' is not a deck column"), "\(badMap)")
    }

    @Test("import - reads the export from standard input, and names it <stdin> in its problems")
    func importFromStandardInput() async throws {
        let home = try TemporaryDirectory()
        let notes = try await QuizRun.piped(["quiz", "export", "ai"], home: home)
        try home.write(notes.stdout, to: "ai-anki.txt")
        let fromFile = try await QuizRun.piped(["quiz", "import", home.file("ai-anki.txt")], home: home)
        let piped = try await QuizRun.piped(["quiz", "import", "-"], input: notes.stdout, home: home)
        #expect(piped.exitCode == 0 && piped.stderr == "", "\(piped)")
        #expect(piped.stdout == fromFile.stdout && piped.stdout.hasPrefix("word\tarticle\tipa\tmeanings\t"))
        let bad = try await QuizRun.piped(["quiz", "import", "-"], input: "#separator:tab\n#columns:Front\tBack\nde gewicht\t\n", home: home)
        #expect(bad.exitCode == 2 && bad.stdout == "" && bad.stderr.contains(" --> <stdin>:3:"), "\(bad)")
    }

    @Test("knobs quiz --help matches its snapshot")
    func help() async throws {
        let result = try await KnobsBinary.run(["quiz", "--help"])
        #expect(result.exitCode == 0, "\(result)")
        try Snapshot.expect(result.stdout, matches: "quiz-help.txt")
        let session = try await KnobsBinary.run(["quiz", "session", "--help"])
        try Snapshot.expect(session.stdout, matches: "quiz-session-help.txt")
    }
}
