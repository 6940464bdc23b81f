import Foundation
import Testing
@testable import DutchQuizPlugin

@Suite("Replaying a review history against the fsrs package")
struct ReplayReferenceTests {
    struct Expected: Decodable {
        struct Review: Decodable, Equatable {
            var card: String
            var reviewedAt: String
            var rating: Int
            var retrievability: Double?
            var state: String
            var step: Int?
            var stability: Double
            var difficulty: Double
            var due: String
        }

        var reviews: [Review]
    }

    static func replay() throws -> ReplayReport {
        let history = try ReviewHistory.parse(text: try FSRSFixtures.text("history.csv"), name: "history.csv")
        return Replay.run(history, scheduler: try Scheduler())
    }

    static func decode(_ json: String) throws -> Expected {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Expected.self, from: Data(json.utf8))
    }

    @Test("the JSON of a replay is the package's, review for review")
    func json() throws {
        let actual = try Self.decode(try Self.replay().renderJSON()).reviews
        let expected = try FSRSFixtures.load(Expected.self, "history.expected").reviews
        #expect(actual.count == expected.count)
        #expect(expected.count == 20)
        for (index, (mine, theirs)) in zip(actual, expected).enumerated() {
            let place = "review \(index + 1) (\(theirs.card))"
            #expect(mine.card == theirs.card && mine.reviewedAt == theirs.reviewedAt && mine.rating == theirs.rating, "\(place)")
            #expect(mine.state == theirs.state && mine.step == theirs.step, "\(place): state")
            #expect(mine.due == theirs.due, "\(place): due")
            #expect(FSRSFixtures.close(mine.stability, theirs.stability), "\(place): stability")
            #expect(FSRSFixtures.close(mine.difficulty, theirs.difficulty), "\(place): difficulty")
            #expect((mine.retrievability == nil) == (theirs.retrievability == nil), "\(place): retrievability")
            if let a = mine.retrievability, let b = theirs.retrievability {
                #expect(FSRSFixtures.close(a, b), "\(place): retrievability \(a) vs \(b)")
            }
        }
    }

    @Test("the JSON keeps a null retrievability and step rather than leaving the keys out")
    func nulls() throws {
        let json = try Self.replay().renderJSON()
        #expect(json.contains("\"retrievability\" : null"))
        #expect(json.contains("\"step\" : null"))
        #expect(json.contains("\"card\" : \"idee, het\""))
    }

    @Test("the table has a header and one aligned line per review with the package's values")
    func table() throws {
        let lines = try Self.replay().renderTable().split(separator: "\n", omittingEmptySubsequences: false)
        let expected = try FSRSFixtures.load(Expected.self, "history.expected").reviews
        #expect(lines.count == expected.count + 2)  // header, rows, and the final newline
        #expect(lines.last == "")
        let header = String(lines[0])
        #expect(header.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            == "card reviewed rating R state step S (days) D due")
        let dueColumn = try #require(header.range(of: "due")).lowerBound.utf16Offset(in: header)
        let names = ["again", "hard", "good", "easy"]
        for (line, review) in zip(lines.dropFirst(), expected) {
            let cells = line.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            #expect(cells == [
                review.card, review.reviewedAt, names[review.rating - 1],
                review.retrievability.map { String(format: "%.4f", $0) } ?? "-",
                review.state, review.step.map(String.init) ?? "-",
                String(format: "%.4f", review.stability), String(format: "%.4f", review.difficulty), review.due,
            ])
            #expect(line.hasSuffix(review.due) && String(line).utf16.count - review.due.utf16.count == dueColumn)
        }
    }

    @Test("each card starts new and keeps its own state while reviews of cards interleave")
    func interleaving() throws {
        let report = try Self.replay()
        let firsts = Dictionary(grouping: report.rows, by: \.cardID).mapValues { $0[0] }
        #expect(firsts.count == 3)
        for row in firsts.values {
            #expect(row.retrievability == nil)
        }
        #expect(report.rows.filter { $0.retrievability == nil }.count == 3)
    }
}
