import Synchronization

/// Set from another thread (Ctrl-C, a grader's watchdog) to stop a running program.
///
/// The evaluator polls it every few thousand steps and ends the run with an
/// "interrupted" limit error.
public final class InterruptFlag: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public var isSet: Bool { flag.load(ordering: .relaxed) }

    public func set() { flag.store(true, ordering: .relaxed) }

    public func clear() { flag.store(false, ordering: .relaxed) }
}
