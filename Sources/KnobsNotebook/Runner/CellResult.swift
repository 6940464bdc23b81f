import KnobsLang

/// What running one cell did: its output, its diagnostics and how it ended.
public struct CellResult: Sendable {
    /// Why the cell ran.
    public enum Kind: String, Sendable {
        /// A code cell of the lesson.
        case code
        /// The code in place of an exercise (a learner's, or a solution).
        case exercise
        /// The key's solution, run after an exercise that did not pass so that later cells work.
        case standIn = "stand-in"
        /// A check of an exercise.
        case check
        /// The values given for the lesson's parameters, assigned after its parameters cell.
        case parameters
        /// A cell of a kind a plugin adds, drawn (its ``CellResult/output`` is the drawing); it runs no code.
        case plugin
    }

    /// How a cell ended.
    public enum Status: String, Sendable {
        /// It ran to its end.
        case ok
        /// It stopped with an error (or a failed `expect`).
        case error
        /// It hit a limit: time, steps, depth, memory or output.
        case limit
        /// It did not run: the run's time budget was spent.
        case notRun = "not-run"
    }

    public var kind: Kind
    /// The kind of a plugin's cell (`words`); nil for every other cell.
    public var pluginKind: String? = nil
    /// The exercise it belongs to, if any.
    public var exerciseID: String?
    /// The line of its opening fence in the file its code came from.
    public var line: Int
    /// What it printed, up to the run's output cap.
    public var output: String
    /// Bytes of output beyond the cap, counted but not kept.
    public var outputCut: Int
    /// Every problem; empty when it ran to its end.
    public var diagnostics: [Diagnostic]
    public var status: Status
    /// Seconds it took.
    public var duration: Double
}
