/// Where a move through a lesson ended, and what ran on the way.
///
/// Going forward past code cells that have not run yet runs them, so that
/// the environment is what the lesson expects at the step reached.
public struct Move: Sendable {
    /// Why a move stopped somewhere other than where it was asked to go.
    public enum Stop: Sendable, Equatable {
        /// There is no step after the last one: the lesson is over.
        case atEnd
        /// There is no step before the first one.
        case atStart
        /// An exercise or question (by id) must be solved, answered or skipped first.
        case unfinishedTask(String)
        /// The code of this step failed on the way (its run is the last in ``Move/ran``).
        case cellFailed(Int)
    }

    /// The step the session is on now.
    public var position: Int
    /// Code run on the way, in order: cells, and the accepted code or solution of finished exercises.
    public var ran: [CellRun]
    /// Why the move stopped short, if it did.
    public var stop: Stop?
}

/// What pressing Enter did: ran the current code cell, or moved on.
public enum Advance: Sendable {
    case ran(CellRun)
    case moved(Move)
}
