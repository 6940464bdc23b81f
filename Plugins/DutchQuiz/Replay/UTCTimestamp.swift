import Foundation

/// ISO 8601 timestamps with a time zone, read and written as whole microseconds
/// since the Unix epoch, exactly (no `DateFormatter`, whose fractions stop at milliseconds).
enum UTCTimestamp {
    /// What a review time must look like, for hints.
    static let example = "2024-03-01T09:00:00Z"

    /// Reads `2024-03-01T09:00:00Z`, `2024-03-01 10:00:00.25+01:00` and the like.
    ///
    /// A time zone is required (`Z` or an offset), because a review time is an
    /// instant; up to six fractional digits, as the reference package keeps.
    /// - Returns: microseconds since 1970-01-01T00:00:00Z, or what is wrong.
    static func parse(_ text: String) -> Result<Int64, Problem> {
        var reader = Reader(bytes: Array(text.utf8))
        guard let year = reader.digits(4), reader.skip("-"), let month = reader.digits(2), reader.skip("-"),
              let day = reader.digits(2) else {
            return .failure(Problem("'\(text)' is not a date and time"))
        }
        guard reader.skip("T") || reader.skip("t") || reader.skip(" ") else {
            return .failure(Problem(reader.atEnd ? "'\(text)' has a date but no time of day" : "'\(text)' is not a date and time"))
        }
        guard let hour = reader.digits(2), reader.skip(":"), let minute = reader.digits(2), reader.skip(":"),
              let second = reader.digits(2) else {
            return .failure(Problem("'\(text)' has no time of day as HH:MM:SS"))
        }
        var microsecond = 0
        if reader.skip(".") || reader.skip(",") {
            let fraction = reader.asciiDigits()
            guard (1...6).contains(fraction.count) else {
                return .failure(Problem("'\(text)' has \(fraction.count) fractional digits; at most 6 (microseconds)"))
            }
            microsecond = Int(fraction + String(repeating: "0", count: 6 - fraction.count)) ?? 0
        }
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
              hour < 24, minute < 60, second < 60 else {
            return .failure(Problem("'\(text)' is not a real date and time"))
        }
        let offsetMinutes: Int
        if reader.skip("Z") || reader.skip("z") {
            offsetMinutes = 0
        } else if let sign = reader.sign() {
            guard let offsetHour = reader.digits(2), offsetHour < 24 else {
                return .failure(Problem("'\(text)' has a malformed time zone offset"))
            }
            let offsetMinute = reader.skip(":") || !reader.atEnd ? reader.digits(2) : 0
            guard let offsetMinute, offsetMinute < 60 else {
                return .failure(Problem("'\(text)' has a malformed time zone offset"))
            }
            offsetMinutes = sign * (offsetHour * 60 + offsetMinute)
        } else {
            return .failure(Problem(reader.atEnd ? "'\(text)' has no time zone" : "'\(text)' has something after the time"))
        }
        guard reader.atEnd else { return .failure(Problem("'\(text)' has something after the time zone")) }
        let days = daysSinceEpoch(year: year, month: month, day: day)
        let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offsetMinutes * 60)
        return .success(seconds * 1_000_000 + Int64(microsecond))
    }

    /// `2024-03-01T09:00:00Z`, with six fractional digits only when there is a fraction.
    static func format(_ microseconds: Int64) -> String {
        let seconds = flooredDivision(microseconds, by: 1_000_000)
        let fraction = microseconds - seconds * 1_000_000
        let days = flooredDivision(seconds, by: 86_400)
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        var text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T"
            + pad(secondOfDay / 3600, 2) + ":" + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2)
        if fraction != 0 { text += "." + pad(fraction, 6) }
        return text + "Z"
    }

    /// Why a timestamp could not be read.
    struct Problem: Error, Equatable {
        var message: String
        init(_ message: String) { self.message = message }
    }

    private static func pad(_ value: some BinaryInteger, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar, counting in
    /// 400-year eras that start on 1 March, so that a leap day ends its year.
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int64 {
        let marchYear = Int64(month <= 2 ? year - 1 : year)
        let era = flooredDivision(marchYear, by: 400)
        let yearOfEra = marchYear - era * 400
        let monthFromMarch = Int64(month <= 2 ? month + 9 : month - 3)
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of ``daysSinceEpoch(year:month:day:)``.
    static func civilDate(daysSinceEpoch days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719_468
        let era = flooredDivision(shifted, by: 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// A cursor over the bytes of one timestamp.
    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        var atEnd: Bool { index == bytes.count }

        mutating func skip(_ character: Character) -> Bool {
            guard index < bytes.count, let ascii = character.asciiValue, bytes[index] == ascii else { return false }
            index += 1
            return true
        }

        mutating func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count,
                  bytes[index..<(index + count)].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
                return nil
            }
            defer { index += count }
            return Int(String(decoding: bytes[index..<(index + count)], as: UTF8.self))
        }

        mutating func asciiDigits() -> String {
            let start = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        mutating func sign() -> Int? {
            if skip("+") { return 1 }
            if skip("-") { return -1 }
            return nil
        }
    }
}
