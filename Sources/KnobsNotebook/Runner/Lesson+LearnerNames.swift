import KnobsLang

extension Lesson {
    /// The top-level names the lesson's exercises define, in their code or in their solutions:
    /// the learner's to write.
    ///
    /// A function that one of the lesson's code cells defines under any other name is a helper
    /// of the key, and a ``Runner`` has every check call it as the key wrote it, whatever a
    /// learner assigned to the name (``ExerciseResult/reboundKeyNames``). A name found here
    /// is left to the learner, so that an exercise whose task is to write a better `loss`
    /// is judged by the learner's `loss`. Found by scope analysis, without running anything.
    var learnerNames: Set<String> {
        let sources = exercises.flatMap { exercise in [exercise.cell.source] + (exercise.solution.map { [$0.source] } ?? []) }
        return SourceFile.assignedGlobals(of: sources).reduce(into: []) { $0.formUnion($1) }
    }
}
