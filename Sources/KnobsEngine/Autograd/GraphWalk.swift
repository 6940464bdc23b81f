import Synchronization

/// Numbers for graph walks, so that a walk marks the tensors it visited
/// (`Tensor.visitMark`) without a set.
///
/// The numbers are unique in the whole process, not per thread: a tensor marked
/// by a walk on one thread (a REPL line, a lesson cell, an exercise) must never
/// look visited to a later walk on another thread, or that walk would skip it and
/// its gradient would silently be lost.
enum GraphWalk {
    private static let counter = Atomic<UInt64>(0)

    /// A walk number no earlier walk of this process has used.
    static func next() -> UInt64 {
        counter.wrappingAdd(1, ordering: .relaxed).newValue
    }
}
