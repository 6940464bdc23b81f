import KnobsLang

extension Session {
    /// The outcome of taking one step on the way forward.
    enum Taking {
        /// Taken; the code that ran, if any.
        case taken(CellRun?)
        /// An exercise or question that is not done.
        case unfinished(String)
        /// Its code failed.
        case failed(CellRun)
    }

    /// Runs code the learner typed, in the lesson's environment; nothing is rolled back.
    ///
    /// What it changes is the learner's, not the lesson's: an exercise is judged without it
    /// (see ``submit(_:)``).
    @discardableResult
    public func run(_ code: String) -> CellRun {
        noteLearnerChange()
        return run(SourceFile(name: "<input>", text: code), echo: true, live: true)
    }

    /// Runs the current code cell again (or for the first time).
    ///
    /// Running a cell the lesson has already taken changes the environment
    /// beyond what the lesson expects there, as code the learner types does.
    ///
    /// - Throws: ``SessionError/notACodeCell`` on another kind of step.
    @discardableResult
    public func again() throws -> CellRun {
        guard case .code = current else { throw SessionError.notACodeCell }
        if position < frontier { noteLearnerChange() }
        return runStep(position, live: true)
    }

    /// Runs the code cell at `index`; at the frontier, a success takes the step.
    func runStep(_ index: Int, live: Bool) -> CellRun {
        guard case .code(let cell) = lesson.steps[index] else { preconditionFailure("step \(index) is not a code cell") }
        var result = run(cell.source, echo: true, live: live)
        result.step = index
        if result.succeeded, index == frontier { frontier += 1 }
        return result
    }

    /// Takes a step on the way forward: code runs; a finished exercise runs its accepted code, or its solution when skipped.
    func take(_ index: Int) -> Taking {
        switch lesson.steps[index] {
        case .prose, .pluginCell:
            return .taken(nil)
        case .code(let cell):
            var result = run(cell.source, echo: true, live: false)
            result.step = index
            return result.succeeded ? .taken(result) : .failed(result)
        case .question(let question):
            return progress(ofTask: question.id).isDone ? .taken(nil) : .unfinished(question.id)
        case .exercise(let exercise):
            let record = progress(ofTask: exercise.id)
            guard record.isDone else { return .unfinished(exercise.id) }
            var candidates: [SourceFile] = []
            if let solved = record.solved { candidates.append(SourceFile(name: "<\(exercise.id)>", text: solved.code)) }
            if let solution = exercise.solution { candidates.append(solution.source) }
            var last: CellRun?
            for source in candidates {
                let before = interpreter.snapshot()
                var result = run(source, echo: false, live: false)
                result.step = index
                if result.succeeded { return .taken(result) }
                interpreter.restore(before)
                last = result
            }
            return last.map(Taking.failed) ?? .taken(nil)
        }
    }

    /// Runs a program in the environment, collecting what it prints.
    func run(_ source: SourceFile, echo: Bool, live: Bool) -> CellRun {
        capture.begin(live: live)
        let outcome = interpreter.run(source, echo: echo)
        capture.isLive = false
        return CellRun(step: nil, output: capture.text, value: outcome.value, diagnostics: outcome.diagnostics)
    }
}
