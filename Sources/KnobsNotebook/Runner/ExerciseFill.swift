import KnobsLang

/// What runs in place of each exercise during a run.
public enum ExerciseFill: Sendable {
    /// The lesson's own exercise cells, as written: a learner's copy runs the learner's code.
    case asWritten
    /// The lesson's solutions: the author's proof that the lesson is sound.
    case solutions
    /// Code from elsewhere, by exercise id: a submission graded against a key.
    /// An exercise missing here scores 0, and so does one left as the key's starter code.
    case submitted([String: ExerciseCode])
}

/// The code a learner wrote for one exercise, and where it came from.
public struct ExerciseCode: Sendable {
    /// The code as written between the fences.
    public let text: String
    /// The code as a program, named and numbered as in the file it came from.
    public let source: SourceFile

    public init(text: String, source: SourceFile) {
        self.text = text
        self.source = source
    }
}
