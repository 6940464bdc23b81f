import Foundation
import GRDB
import Testing
@testable import KnobsStore

/// Dates as the database keeps them: the same text GRDB writes for a `Date`, read back to the same `Date`.
@Suite("Stored dates")
struct StoredDateTests {
    /// Times from 1900 to 2100 in uneven steps (fractions of a millisecond included), and the edges around 1970 and leap days.
    static let dates: [Date] = (0..<3_000).map { Date(timeIntervalSince1970: -2_208_988_800 + Double($0) * 2_103_840.123_4567) }
        + [-0.0005, -0.001, -1, 0, 0.000_4, 0.999_9, 951_782_400.5, 4_107_542_399.999, 1_750_000_000.25]
        .map { Date(timeIntervalSince1970: $0) }

    @Test("the text is GRDB's, to the character, to the nearest millisecond")
    func sameTextAsGRDB() throws {
        for date in Self.dates {
            let grdb = try #require(String.fromDatabaseValue(date.databaseValue))
            #expect(StoredDate.text(date) == grdb, "\(date.timeIntervalSince1970)")
        }
    }

    @Test("the text reads back as GRDB reads it")
    func sameDateAsGRDB() throws {
        for date in Self.dates {
            let text = StoredDate.text(date)
            let exact = try #require(StoredDate.exactDate(text), "\(text)")
            #expect(exact == Date.fromDatabaseValue(text.databaseValue), "\(text)")
        }
        #expect(StoredDate.exactDate("2025-06-15 15:06:40.000") == Date(timeIntervalSince1970: 1_750_000_000))
        #expect(StoredDate.exactDate("2024-02-29 00:00:00.250") == Date(timeIntervalSince1970: 1_709_164_800.25))
    }

    @Test("texts that are not exactly a date in range are left to GRDB", arguments: [
        "2025-02-30 10:00:00.000", "2025-13-01 10:00:00.000", "2025-06-15 24:00:00.000", "2025-06-15 15:06:40",
        "2025-06-15T15:06:40.000", "2025-06-15 15:06:40.0001", "20x5-06-15 15:06:40.000", "",
    ])
    func notExact(_ text: String) {
        #expect(StoredDate.exactDate(text) == nil)
    }

    @Test("other date texts SQLite knows still read, through GRDB; text that is no date reads as none")
    func otherTexts() {
        #expect(StoredDate.date("2025-06-15") == Date(timeIntervalSince1970: 1_749_945_600))
        #expect(StoredDate.date("2025-06-15 15:06:40") == Date(timeIntervalSince1970: 1_750_000_000))
        #expect(StoredDate.date("yesterday") == nil)
    }
}
