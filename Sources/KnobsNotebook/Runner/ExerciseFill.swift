import KnobsLang

/// What runs in place of each exercise, and what answers each question, during a run.
public enum ExerciseFill: Sendable {
    /// The lesson's own exercise cells, as written: a learner's copy runs the learner's code.
    /// Questions are not answered (a run as written has no one to answer them).
    case asWritten
    /// The lesson's solutions and the key's right answers: the author's proof that the lesson is sound.
    case solutions
    /// Code and answers from elsewhere, by id: a submission graded against a key.
    /// An exercise missing here scores 0, and so does one left as the key's starter code;
    /// a question missing here, or answered `___`, scores 0.
    case submitted([String: ExerciseCode], answers: [String: String] = [:])
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
