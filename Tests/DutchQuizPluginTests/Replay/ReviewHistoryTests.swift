import Foundation
import KnobsPluginAPI
import Testing
@testable import DutchQuizPlugin

@Suite("Reading a review history")
struct ReviewHistoryTests {
    /// The diagnostics of a malformed history as `line:col message`.
    func problems(_ text: String) -> [String] {
        do {
            _ = try ReviewHistory.parse(text: text, name: "log.csv")
            return []
        } catch {
            return error.diagnostics.map { "\($0.position.dropFirst("log.csv:".count)) \($0.message)" }
        }
    }

    @Test("columns in any order and case, extra columns, quotes, blank lines, CRLF and a byte order mark")
    func lenientLayout() throws {
        let text = "\u{FEFF}Rating,Duration,Review_Time,CARD_ID\r\n3,4000,2024-03-01T09:00:00Z,gewicht\r\n\r\n 1 , 2500 , 2024-03-01 09:01:00.5+00:00 , \"say \"\"hoi\"\", ok\"\r\n"
        let history = try ReviewHistory.parse(text: text, name: "log.csv")
        #expect(history.reviews.map(\.cardID) == ["gewicht", "say \"hoi\", ok"])
        #expect(history.reviews.map(\.rating) == [.good, .again])
        #expect(history.reviews.map(\.line) == [2, 4])
        #expect(history.reviews[1].reviewedAt.timeIntervalSince(history.reviews[0].reviewedAt) == 60.5)
    }

    @Test("a header only is an empty history; an empty file is an error")
    func empty() throws {
        #expect(try ReviewHistory.parse(text: "card_id,review_time,rating\n", name: "log.csv").reviews.isEmpty)
        #expect(problems("") == ["1:1 the review history is empty"])
        #expect(problems("\n  \n") == ["1:1 the review history is empty"])
    }

    @Test("a header without the needed columns is reported once, on line 1")
    func header() {
        #expect(problems("card,time,rating\na,2024-03-01T09:00:00Z,3\n") == ["1:1 the header has no 'card_id' and 'review_time' column"])
        #expect(problems("card_id,review_time,rating,Rating\n") == ["1:28 the column 'rating' is named twice"])
    }

    @Test("every malformed row is reported at its line and the column of the bad field")
    func malformedRows() {
        let text = """
        card_id,review_time,rating
        a,2024-03-01T09:00:00Z,3
        a,2024-03-01T09:00:00,3
        b,2024-02-30T09:00:00Z,3
        b,2024-03-01T09:00:00Z,5
        ,2024-03-01T09:00:00Z,3
        c,2024-03-01T09:00:00Z
        d,2024-03-01T09:00:00.1234567Z,good
        "e,2024-03-01T09:00:00Z,3
        a,2024-02-29T23:59:59+01:00,2
        """
        #expect(problems(text) == [
            "3:3 bad review time: '2024-03-01T09:00:00' has no time zone",
            "4:3 bad review time: '2024-02-30T09:00:00Z' is not a real date and time",
            "5:24 bad rating '5'",
            "6:1 the card id is empty",
            "7:1 expected 3 fields as in the header, found 2",
            "8:3 bad review time: '2024-03-01T09:00:00.1234567Z' has 7 fractional digits; at most 6 (microseconds)",
            "8:32 bad rating 'good'",
            "9:1 this quote is never closed",
            "10:3 this review of 'a' is earlier than its review on line 2",
        ])
    }

    @Test("a diagnostic renders with the file, line and column, the row, a caret and a hint")
    func rendering() throws {
        do {
            _ = try ReviewHistory.parse(text: "card_id,review_time,rating\nnetwerk,yesterday,3\n", name: "log.csv")
            Issue.record("accepted a bad time")
        } catch {
            let text = DiagnosticRenderer(color: false).render(error.diagnostics)
            #expect(text == """
            error: bad review time: 'yesterday' is not a date and time
             --> log.csv:2:9
              |
            2 | netwerk,yesterday,3
              |         ^^^^^^^^^
              = hint: write an ISO 8601 time with a time zone, such as 2024-03-01T09:00:00Z or 2024-03-01T10:00:00+01:00

            """)
        }
    }

    @Test("at most 20 problems are reported, the last one saying so")
    func limit() {
        let text = "card_id,review_time,rating\n" + String(repeating: "a,now,3\n", count: 50)
        do {
            _ = try ReviewHistory.parse(text: text, name: "log.csv")
            Issue.record("accepted bad rows")
        } catch {
            #expect(error.diagnostics.count == 20)
            #expect(error.diagnostics.last?.notes == ["further problems are not shown"])
        }
    }
}
