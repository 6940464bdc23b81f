import Foundation

/// Instants as whole microseconds since the Unix epoch, the precision of the
/// reference package's `datetime`, so that elapsed days and due times come
/// out exactly as it computes them.
extension Date {
    /// Microseconds from 1970-01-01 to 2001-01-01, `Date`'s reference date.
    static let referenceDateMicroseconds: Int64 = 978_307_200_000_000

    /// The instant `microseconds` after the Unix epoch.
    init(microsecondsSince1970 microseconds: Int64) {
        self.init(timeIntervalSinceReferenceDate: Double(microseconds - Date.referenceDateMicroseconds) / 1_000_000)
    }

    /// This instant as whole microseconds after the Unix epoch (rounded to the nearest).
    ///
    /// Exact for every instant made by ``init(microsecondsSince1970:)`` before about
    /// 2137, where a double's spacing grows past a microsecond; later ones may be
    /// one microsecond off.
    var microsecondsSince1970: Int64 {
        let seconds = timeIntervalSinceReferenceDate.rounded(.down)
        let fraction = timeIntervalSinceReferenceDate - seconds
        return Int64(seconds) * 1_000_000 + Int64((fraction * 1_000_000).rounded()) + Date.referenceDateMicroseconds
    }
}

extension Duration {
    /// This duration in whole microseconds (any finer part is dropped).
    var wholeMicroseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000 + attoseconds / 1_000_000_000_000
    }
}

/// Integer division that rounds halves to even, as Python's `timedelta` arithmetic does.
func dividedRoundingHalfToEven(_ numerator: Int64, by denominator: Int64) -> Int64 {
    var quotient = numerator / denominator
    var remainder = numerator % denominator
    if remainder < 0 {
        quotient -= 1
        remainder += denominator
    }
    let twice = 2 * remainder
    if twice > denominator || (twice == denominator && quotient % 2 != 0) {
        quotient += 1
    }
    return quotient
}

/// Floor division, as Python's `//` (and `timedelta.days`) does for negative numbers.
func flooredDivision(_ numerator: Int64, by denominator: Int64) -> Int64 {
    let quotient = numerator / denominator
    return (numerator % denominator != 0 && (numerator < 0) != (denominator < 0)) ? quotient - 1 : quotient
}
