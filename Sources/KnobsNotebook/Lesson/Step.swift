/// One place a learner can be in a lesson: prose to read, code to run, an exercise, a question,
/// or a cell of a kind a plugin adds, to read as the plugin draws it.
///
/// Solutions, checks and hints are not steps: they belong to their exercise.
public enum Step: Sendable {
    case prose(Prose)
    case code(LessonCell)
    case exercise(Exercise)
    case question(Question)
    case pluginCell(PluginCell)

    /// The id of an exercise or question: a step the learner finishes by solving, answering or skipping it.
    public var taskID: String? {
        switch self {
        case .exercise(let exercise): return exercise.id
        case .question(let question): return question.id
        case .prose, .code, .pluginCell: return nil
        }
    }

    /// Where the step is in the lesson file (1-based, both included).
    public var lines: ClosedRange<Int> {
        switch self {
        case .prose(let prose): return prose.lines
        case .code(let cell): return cell.lines
        case .exercise(let exercise): return exercise.cell.lines
        case .question(let question): return question.cell.lines
        case .pluginCell(let cell): return cell.lines
        }
    }
}
