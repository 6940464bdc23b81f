import KnobsLang

/// A fenced block of a lesson whose info string starts with `knobs`.
///
/// ```` ```knobs exercise id=step points=2 ```` opens an exercise cell with
/// the id `step` worth two points. The cell keeps its text twice: as written,
/// and as a ``SourceFile`` named after the lesson and numbered as in the
/// lesson, so that a diagnostic in a cell points at the lesson's own line.
public struct LessonCell: Sendable {
    /// What a cell is for: the word after `knobs` in the info string (none means ``code``).
    public enum Kind: String, Sendable, CaseIterable {
        /// Code that runs as the learner reaches it.
        case code
        /// Code the learner completes; its checks decide when it is solved.
        case exercise
        /// The author's answer to an exercise (left out of the learner's copy).
        case solution
        /// Code that runs after an attempt and fails it with `expect(...)`.
        case check
        /// Markdown shown one more at a time as a learner needs help.
        case hint
        /// A multiple-choice or numeric question answered without code.
        case question
    }

    /// What the cell is for.
    public let kind: Kind
    /// The `id=` attribute: an exercise's or question's name, or the task a solution, check or hint belongs to.
    public let id: String?
    /// The `points=` attribute, when given (exercises and questions only).
    public let points: Double?
    /// Whether the check is `hidden`: run when grading, never shown to the learner.
    public let isHidden: Bool
    /// The `weight=` attribute of a check, when given: its share of the exercise's points when grading.
    public let weight: Double?
    /// The text between the fences.
    public let text: String
    /// The text as a program, named and numbered as in the lesson.
    public let source: SourceFile
    /// The lines of the opening and closing fences (1-based, both included).
    public let lines: ClosedRange<Int>
}

/// Markdown between cells, kept as written; a renderer draws it.
public struct Prose: Sendable {
    /// The Markdown text, without the blank lines around it.
    public let text: String
    /// Where the text is in the lesson (1-based, both included).
    public let lines: ClosedRange<Int>
}
