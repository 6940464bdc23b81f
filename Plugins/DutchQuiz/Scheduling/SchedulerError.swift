/// Scheduler settings that FSRS cannot work with, each problem in one sentence.
public struct SchedulerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, one problem per entry.
    public var problems: [String]

    /// An error listing `problems`.
    public init(problems: [String]) {
        self.problems = problems
    }

    /// The problems, one per line.
    public var description: String {
        problems.joined(separator: "\n")
    }
}
