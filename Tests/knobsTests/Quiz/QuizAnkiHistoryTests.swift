import Foundation
import Testing

/// docs/QUIZ.md, "Replaying a review history", From Anki: the `sqlite3` command it gives turns
/// Anki's `revlog` table into a history `knobs quiz replay` reads. The command is taken from
/// the page itself, so the page cannot drift from what works.
@Suite("knobs quiz replay: a history from Anki's revlog")
struct QuizAnkiHistoryTests {
    static let guide = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/QUIZ.md")

    /// The SQL between the double quotes of the page's `sqlite3 -csv -header collection-copy.anki2 "…"`.
    static func documentedQuery() throws -> String {
        let page = try String(contentsOf: guide, encoding: .utf8)
        let start = try #require(page.range(of: "sqlite3 -csv -header collection-copy.anki2 \""), "docs/QUIZ.md has no sqlite3 command for Anki")
        let end = try #require(page[start.upperBound...].firstIndex(of: "\""))
        return String(page[start.upperBound..<end])
    }

    @Test("the documented query keeps the answers, drops manual rescheduling and filtered reviews that do not reschedule, and replays")
    func revlog() async throws {
        let home = try TemporaryDirectory()
        let collection = home.file("collection-copy.anki2")
        // Anki's revlog: id (ms since 1970), cid, usn, ease, ivl, lastIvl, factor, time, type.
        _ = try await SQLiteShell.query(collection, """
            CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
                                 ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
                                 type integer not null);
            INSERT INTO revlog VALUES
                (1709283600123, 1700000000001, 0, 3, -600, 0, 0, 5000, 0),
                (1709284200456, 1700000000001, 0, 3, 2, -600, 2500, 4000, 0),
                (1709400000000, 1700000000001, 0, 0, 5, 2, 2500, 0, 4),
                (1709410000000, 1700000000001, 0, 2, 5, 2, 0, 1000, 3),
                (1709454600000, 1700000000001, 0, 1, -600, 2, 2500, 3000, 1),
                (1709283700000, 1700000000002, 0, 4, 8, 0, 2500, 2000, 0);
            """)
        let shell = try #require(SQLiteShell.url, "the sqlite3 shell is not installed (Debian: apt-get install sqlite3)")
        let converted = try await ChildProcess.run(
            executable: shell, arguments: ["-csv", "-header", collection, try Self.documentedQuery()], stdin: .null,
            environment: ProcessInfo.processInfo.environment, deadline: .seconds(30))
        #expect(converted.exitCode == 0, "\(converted)")
        #expect(converted.stdout.replacingOccurrences(of: "\r\n", with: "\n") == """
            card_id,review_time,rating
            1700000000001,2024-03-01T09:00:00.123Z,3
            1700000000002,2024-03-01T09:01:40.000Z,4
            1700000000001,2024-03-01T09:10:00.456Z,3
            1700000000001,2024-03-03T08:30:00.000Z,1

            """)
        let replay = try await QuizRun.piped(["quiz", "replay", "-"], input: converted.stdout, home: home)
        #expect(replay.exitCode == 0 && replay.stderr == "", "\(replay)")
        let rows = replay.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(rows == [
            "card reviewed rating R state step S (days) D due",
            "1700000000001 2024-03-01T09:00:00.123000Z good - learning 1 2.3065 2.1181 2024-03-01T09:10:00.123000Z",
            "1700000000002 2024-03-01T09:01:40Z easy - review - 8.2956 1.0000 2024-03-09T09:01:40Z",
            "1700000000001 2024-03-01T09:10:00.456000Z good 1.0000 review - 2.3065 2.1112 2024-03-03T09:10:00.456000Z",
            "1700000000001 2024-03-03T08:30:00Z again 0.9468 relearning 0 0.5714 7.3922 2024-03-03T08:40:00Z",
        ])
    }
}
