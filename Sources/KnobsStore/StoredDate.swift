import Foundation
import GRDB

/// Times as the database keeps them: UTC text `yyyy-MM-dd HH:mm:ss.SSS`, the
/// format GRDB gives a `Date`, written and read here with the C library's
/// `gmtime_r` and `timegm`.
///
/// GRDB formats a `Date` with Foundation's `DateFormatter` and reads one back
/// with a `Calendar`, and setting those up (ICU's date formats, time zones)
/// costs a short process about 3 million instructions, a tenth of what
/// CPython needs to start. The text is the same, to the character, so
/// databases written either way read the same; another date text SQLite
/// understands (a hand-edited row) is still read, by GRDB.
enum StoredDate {
    /// The seconds from 1 January 1970 to 1 January 2001, Foundation's reference date.
    private static let referenceDateSince1970: Double = 978_307_200

    /// `date` as `yyyy-MM-dd HH:mm:ss.SSS` in UTC, to the nearest millisecond, as GRDB's formatter rounds it.
    static func text(_ date: Date) -> String {
        // The milliseconds computed as Foundation's formatter computes them: half a millisecond up, then floored.
        let milliseconds = Int64(((date.timeIntervalSinceReferenceDate + referenceDateSince1970) * 1000 + 0.5).rounded(.down))
        let (seconds, millisecond) = floorDivision(milliseconds, 1000)
        var time = time_t(seconds)
        var fields = tm()
        gmtime_r(&time, &fields)
        return digits(Int(fields.tm_year) + 1900, 4) + "-" + digits(Int(fields.tm_mon) + 1, 2) + "-" + digits(Int(fields.tm_mday), 2)
            + " " + digits(Int(fields.tm_hour), 2) + ":" + digits(Int(fields.tm_min), 2) + ":" + digits(Int(fields.tm_sec), 2)
            + "." + digits(Int(millisecond), 3)
    }

    /// The date in a column's text: `yyyy-MM-dd HH:mm:ss.SSS` read here, any other date text by GRDB; nil when it is no date.
    static func date(_ text: String) -> Date? {
        exactDate(text) ?? Date.fromDatabaseValue(text.databaseValue)
    }

    /// The date in `text`; nil unless it is exactly `yyyy-MM-dd HH:mm:ss.SSS` with fields in range.
    static func exactDate(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 23 else { return nil }
        let separators: [(Int, UInt8)] = [(4, 0x2D), (7, 0x2D), (10, 0x20), (13, 0x3A), (16, 0x3A), (19, 0x2E)]
        guard separators.allSatisfy({ bytes[$0.0] == $0.1 }) else { return nil }
        func number(_ start: Int, _ count: Int) -> Int? {
            var value = 0
            for byte in bytes[start..<(start + count)] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
              let millisecond = number(20, 3),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60 else { return nil }
        var fields = tm()
        fields.tm_year = Int32(year - 1900)
        fields.tm_mon = Int32(month - 1)
        fields.tm_mday = Int32(day)
        fields.tm_hour = Int32(hour)
        fields.tm_min = Int32(minute)
        fields.tm_sec = Int32(second)
        let seconds = timegm(&fields)
        // timegm carries a 31 April into May: such a day is not a date.
        guard fields.tm_mday == Int32(day) else { return nil }
        // Whole seconds from the reference date exactly, then the milliseconds: one rounding, as a `Date` counts.
        return Date(timeIntervalSinceReferenceDate: Double(Int64(seconds) - Int64(referenceDateSince1970)) + Double(millisecond) / 1000)
    }

    /// `value` with at least `count` digits, zeros in front.
    private static func digits(_ value: Int, _ count: Int) -> String {
        let text = String(value)
        return text.count >= count ? text : String(repeating: "0", count: count - text.count) + text
    }

    /// Quotient and remainder, the quotient rounded down, so that the remainder is never negative.
    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let remainder = value % divisor
        return remainder < 0 ? (value / divisor - 1, remainder + divisor) : (value / divisor, remainder)
    }
}
