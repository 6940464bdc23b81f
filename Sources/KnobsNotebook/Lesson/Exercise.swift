/// An exercise with everything that belongs to it: starter code, solution, checks and hints.
///
/// The learner's code replaces ``cell``'s text; the visible checks then decide
/// whether it is solved. Hidden checks and the solution are the author's and
/// are missing from the learner's copy of a lesson.
public struct Exercise: Sendable {
    /// The `id=` that its solution, checks and hints name.
    public let id: String
    /// What solving it is worth (1 unless `points=` says otherwise).
    public let points: Double
    /// The exercise cell: its text is the starter code the learner completes.
    public let cell: LessonCell
    /// The author's answer, if this copy of the lesson has one.
    public let solution: LessonCell?
    /// Every check, visible and hidden, in the order written.
    public let checks: [LessonCell]
    /// The hints, in the order they are given.
    public let hints: [LessonCell]

    /// The checks a learner's attempt runs against.
    public var visibleChecks: [LessonCell] { checks.filter { !$0.isHidden } }
}
