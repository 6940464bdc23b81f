import Foundation

/// Waits as a learner reads them: `1 min`, `6 min`, `3 h`, `2 days`, `4.5 months`, `1.2 years`.
enum IntervalText {
    /// `seconds` in the largest unit that keeps it readable (minutes rounded, at least 1).
    static func format(seconds: Double) -> String {
        let minutes = seconds / 60
        if minutes < 59.5 { return "\(max(1, Int(minutes.rounded()))) min" }
        let hours = minutes / 60
        if hours < 23.5 { return "\(Int(hours.rounded())) h" }
        let days = Int((hours / 24).rounded())
        if days < 31 { return days == 1 ? "1 day" : "\(days) days" }
        if days < 365 { return String(format: "%.1f months", Double(days) / 30.4375) }
        return String(format: "%.1f years", Double(days) / 365.25)
    }

    /// The wait from `start` to `end`, or `now` when `end` is not later.
    static func between(_ start: Date, _ end: Date) -> String {
        let seconds = end.timeIntervalSince(start)
        return seconds <= 0 ? "now" : format(seconds: seconds)
    }

    /// `m:ss`, or `h:mm:ss` from an hour on: the time a session took.
    static func clock(seconds: Double) -> String {
        let whole = max(0, Int(seconds.rounded()))
        let (h, m, s) = (whole / 3600, whole / 60 % 60, whole % 60)
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, s) : String(format: "%d:%02d", m, s)
    }
}
