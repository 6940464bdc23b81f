import KnobsLang

/// The environment as the lesson's own steps build it, apart from what the learner typed.
///
/// An exercise is judged on what the learner's answer does to the lesson's
/// environment, not on what they typed before it: a variable set by hand two
/// steps earlier must not make an unrelated answer pass. While the learner
/// only steps and answers, the live environment *is* the lesson's, and
/// nothing here costs anything. The first time their own code changes it
/// (code typed between steps, a cell run again), the lesson's environment is
/// saved as it was; an attempt then runs from that environment, brought up
/// to the exercise by taking the steps in between again, quietly.
extension Session {
    /// The lesson's own environment at a step: what steps 0 up to (not including) `step` left.
    struct LessonState {
        var step: Int
        var snapshot: Interpreter.Snapshot
    }

    /// Saves the lesson's own environment before the learner's code first changes it.
    func noteLearnerChange() {
        if lessonState == nil { lessonState = LessonState(step: frontier, snapshot: interpreter.snapshot()) }
    }

    /// Puts the lesson's own environment before step `index` in place, when the live one is not it.
    ///
    /// The saved lesson environment (or, before it, the start) is restored and
    /// the steps up to `index` are taken again, with nothing shown; the result
    /// is saved for the next attempt.
    ///
    /// - Returns: Whether the environment is now the lesson's own apart from the live one; false
    ///   when the live environment already is the lesson's, or when a step on the way fails
    ///   (the environment is then unchanged; the caller restores it).
    func enterLessonEnvironment(before index: Int) -> Bool {
        if lessonState == nil, index == frontier { return false }
        if let saved = lessonState, saved.step <= index {
            interpreter.restore(saved.snapshot)
        } else {
            interpreter.restore(start)
            applySeed()
        }
        var step = lessonState.map { $0.step <= index ? $0.step : 0 } ?? 0
        while step < index {
            guard case .taken = take(step) else { return false }
            step += 1
        }
        lessonState = LessonState(step: index, snapshot: interpreter.snapshot())
        return true
    }

    /// The names of top-level variables with their values, to carry the learner's own across a judged answer.
    func variables() -> [(name: String, value: Value)] {
        interpreter.variableNames.compactMap { name in interpreter.value(of: name).map { (name, $0) } }
    }
}
