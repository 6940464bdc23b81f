import Foundation

/// Where a session's times come from: the system clock, or one fixed instant (`--now`) so
/// that a scripted session gives the same due times, and the same transcript, every time.
public enum QuizClock: Sendable {
    case system
    /// Every reading is this instant: a fixed clock never moves, so time spent is zero.
    case fixed(Date)

    /// The clock `--now` asks for: fixed at `now` when given.
    public init(now: Date?) {
        self = now.map { .fixed($0) } ?? .system
    }

    /// The time now, to the whole microsecond (the scheduler's precision).
    public func now() -> Date {
        switch self {
        case .system: Date(microsecondsSince1970: Date().microsecondsSince1970)
        case .fixed(let date): date
        }
    }
}
