import Foundation

/// Intervals in whole days: from stability, and with fuzz.
extension Scheduler {
    /// The fuzz ranges: an interval's spread grows by 15% of its days from 2.5 to 7,
    /// 10% from 7 to 20 and 5% beyond.
    private static let fuzzRanges: [(start: Double, end: Double, factor: Double)] = [
        (2.5, 7.0, 0.15),
        (7.0, 20.0, 0.1),
        (20.0, .infinity, 0.05),
    ]

    /// The days after which retrievability falls to the desired retention, rounded
    /// half to even (as Python's `round`), between 1 and the maximum interval.
    func intervalDays(stability: Double) -> Int {
        let days = (stability / factor) * (Foundation.pow(desiredRetention, 1 / decay) - 1)
        let rounded = days.rounded(.toNearestOrEven)
        return Int(min(max(rounded, 1), Double(maximumInterval)))
    }

    /// `days` spread at random by a few days, as the package's `_get_fuzzed_interval`
    /// does with `uniform` in [0, 1) in place of Python's `random()`.
    ///
    /// Intervals under 2.5 days stay as they are. Like the package, this rounds where
    /// Anki floors, so it can return one day more than the top of the range.
    func fuzzedIntervalDays(_ days: Int, uniform: Double) -> Int {
        let exact = Double(days)
        if exact < 2.5 { return days }
        var delta = 1.0
        for range in Scheduler.fuzzRanges {
            delta += range.factor * max(min(exact, range.end) - range.start, 0.0)
        }
        var lowest = Int((exact - delta).rounded(.toNearestOrEven))
        var highest = Int((exact + delta).rounded(.toNearestOrEven))
        lowest = max(2, lowest)
        highest = min(highest, maximumInterval)
        lowest = min(lowest, highest)
        let fuzzed = (uniform * Double(highest - lowest + 1)) + Double(lowest)
        return min(Int(fuzzed.rounded(.toNearestOrEven)), maximumInterval)
    }
}
