import Foundation

/// What a session came to: the answers by outcome, the time it took, and when the deck is next due.
public struct SessionSummary: Equatable, Sendable {
    /// Answers rated, counting a card seen twice twice.
    public var answers = 0
    public var right = 0
    public var almost = 0
    public var wrong = 0
    /// Cards passed over with `:skip`.
    public var skipped = 0
    /// Seconds from the first question to the end (0 with a fixed clock).
    public var seconds: Double = 0
    /// The deck's next due card after the session, and when.
    public var nextDue: (word: String, date: Date)?
    /// How many of the deck's cards fall due within a day, and within a week, of the end.
    public var dueWithinDay = 0
    public var dueWithinWeek = 0

    public init() {}

    public static func == (a: SessionSummary, b: SessionSummary) -> Bool {
        a.answers == b.answers && a.right == b.right && a.almost == b.almost && a.wrong == b.wrong && a.skipped == b.skipped
            && a.seconds == b.seconds && a.nextDue?.word == b.nextDue?.word && a.nextDue?.date == b.nextDue?.date
            && a.dueWithinDay == b.dueWithinDay && a.dueWithinWeek == b.dueWithinWeek
    }

    /// Counts one rated answer.
    mutating func count(_ outcome: ReviewOutcome) {
        answers += 1
        switch outcome {
        case .right: right += 1
        case .almost: almost += 1
        case .wrong: wrong += 1
        }
    }

    /// Two lines: the answers and time; when the deck is next due.
    ///
    /// ```
    /// Done: 6 answers in 1:32 (4 right, 1 almost, 1 wrong).
    /// Next due: idee in 10 min (2024-03-01 09:10). Due within a day: 1; within a week: 3.
    /// ```
    func render(now: Date, timeZone: TimeZone, _ symbols: QuizSymbols) -> String {
        var counts = [
            symbols.paint("\(right) right", QuizSymbols.rightStyle),
            symbols.paint("\(almost) almost", QuizSymbols.almostStyle),
            symbols.paint("\(wrong) wrong", QuizSymbols.wrongStyle),
        ]
        if skipped > 0 { counts.append("\(skipped) skipped") }
        let text = "Done: \(answers) answer\(answers == 1 ? "" : "s") in \(IntervalText.clock(seconds: seconds)) (\(counts.joined(separator: ", "))).\n"
        return text + renderNextDue(now: now, timeZone: timeZone)
    }

    /// `Next due: idee in 10 min (2024-03-01 09:10). Due within a day: 1; within a week: 3.`, or nothing
    /// when the deck has no cards yet.
    func renderNextDue(now: Date, timeZone: TimeZone) -> String {
        guard let nextDue else { return "" }
        let wait = IntervalText.between(now, nextDue.date)
        return "Next due: \(nextDue.word) \(wait == "now" ? "now" : "in \(wait)") (\(Self.localTime(nextDue.date, timeZone)))."
            + " Due within a day: \(dueWithinDay); within a week: \(dueWithinWeek).\n"
    }

    /// `2024-03-01 09:10` in `timeZone`.
    static func localTime(_ date: Date, _ timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0)
    }
}
