import Foundation

/// An answer whose checks passed: the learner's code and when it was accepted.
///
/// Times are kept to the millisecond.
public struct AcceptedAnswer: Equatable, Sendable {
    /// The exercise code as the learner wrote it.
    public var code: String
    /// When the checks passed.
    public var solvedAt: Date

    /// An accepted answer.
    public init(code: String, solvedAt: Date) {
        self.code = code
        self.solvedAt = solvedAt
    }
}
