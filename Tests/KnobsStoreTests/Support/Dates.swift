import Foundation

/// Times that survive the database's millisecond precision exactly.
enum Dates {
    /// 2025-06-15 15:06:40 UTC, plus `seconds`.
    static func at(_ seconds: TimeInterval = 0) -> Date {
        Date(timeIntervalSince1970: 1_750_000_000 + seconds)
    }
}
