import KnobsLang

extension Session {
    /// Submits the learner's code for the current exercise.
    ///
    /// What the learner typed is completed from the starter code first (see
    /// ``Exercise/answer(from:)``): `3` or `a = 3` for starter code `b = 4`,
    /// `a = ___` is the answer `b = 4`, `a = 3`, and that is what runs and is recorded.
    ///
    /// The code runs in the lesson's own environment before the exercise —
    /// what the lesson's steps left there, without the learner's code typed
    /// between steps (see ``Session/LessonState``) — then each visible check
    /// runs in turn until one fails: an answer is judged on what it does, as a
    /// grader rebuilding the lesson from the submission would judge it.
    ///
    /// On a pass the code is recorded and the exercise is solved; whatever the
    /// checks themselves changed is undone, and the environment goes on from
    /// the one the checks saw, with the variables only the learner made (not
    /// the lesson) carried over. On a failure — an error in the code or a
    /// failed check — the environment is rolled back to what it was before the
    /// attempt, and the next hint comes out. Code that still holds a blank
    /// `___` does not run.
    ///
    /// Code that only computes values (`loss_of(2, 1)`: no assignment or
    /// definition) and does not pass was the learner trying something out, as
    /// a hint may ask: its output is shown, and it is rolled back, but it is
    /// not counted as an attempt and brings out no hint. Nor is code that the
    /// interpreter's ``Interpreter/interrupt`` (Ctrl-C) stopped.
    ///
    /// - Throws: ``SessionError/notAnExercise`` when the current step is not an exercise.
    public func submit(_ typed: String) throws -> Attempt {
        guard case .exercise(let exercise) = current else { throw SessionError.notAnExercise }
        var record = progress(ofTask: exercise.id)
        let code = exercise.answer(from: typed)
        if code.contains(Exercise.blank) {
            return Attempt(code: code, verdict: .unfinished, run: nil, hint: nil, counted: false, progress: record)
        }
        let honest = isHonest(code, for: exercise)
        let before = interpreter.snapshot()
        let learners = variables()
        let apart = enterLessonEnvironment(before: position)
        if !apart { interpreter.restore(before) }
        let setAside = learners.map(\.name).filter { interpreter.value(of: $0) == nil }
        var (attempt, verdict) = judge(code, for: exercise)
        if case .checkFailed = verdict, SourceFile(name: "<attempt>", text: code).isExpressionsOnly { verdict = .triedOut }
        let uncounted = verdict.isUncounted
        let counted = honest && !uncounted
        if counted { record.attempts += 1 }
        if !uncounted { lastAttempts[exercise.id] = code }
        var hint: RevealedHint?
        if case .passed = verdict {
            record.solved = TaskProgress.Solved(code: code, solvedAt: clock())
            if position == frontier { frontier += 1 }
            if apart { carry(learners, over: setAside) }
        } else {
            interpreter.restore(before)
            if !uncounted { hint = reveal(exercise.hints, &record) }
        }
        tasks[exercise.id] = record
        return Attempt(code: code, verdict: verdict, run: attempt, hint: hint, counted: counted, progress: record, setAside: setAside)
    }

    /// Runs an answer, then the exercise's visible checks until one fails; on a pass, whatever
    /// the checks changed is undone.
    private func judge(_ code: String, for exercise: Exercise) -> (CellRun, Attempt.Verdict) {
        let attempt = run(SourceFile(name: "<\(exercise.id)>", text: code), echo: true, live: true)
        guard attempt.succeeded else { return (attempt, interpreter.interrupt.isSet ? .interrupted : .failed) }
        let after = interpreter.snapshot()
        for check in exercise.visibleChecks {
            let result = run(check.source, echo: false, live: false)
            if interpreter.interrupt.isSet, !result.succeeded { return (attempt, .interrupted) }
            if let problem = result.diagnostics.first { return (attempt, .checkFailed(check: check, diagnostic: problem)) }
        }
        interpreter.restore(after)
        return (attempt, .passed)
    }

    /// After an answer passed in the lesson's own environment: saves that environment as the
    /// lesson's at the next step, then gives back the variables only the learner had made.
    private func carry(_ learners: [(name: String, value: Value)], over setAside: [String]) {
        lessonState = LessonState(step: frontier, snapshot: interpreter.snapshot())
        for (name, value) in learners where setAside.contains(name) && interpreter.value(of: name) == nil {
            interpreter.define(name, value)
        }
    }

    /// Whether an attempt counts toward opening the solution: it is not blank (comments aside), it
    /// parses, and it differs from the starter code and from the learner's previous attempt
    /// (spacing aside). Resubmitting the same code, or nothing, is not trying.
    public func isHonest(_ code: String, for exercise: Exercise) -> Bool {
        let normalized = Session.normalized(code)
        return !normalized.isEmpty
            && normalized != Session.normalized(exercise.cell.text)
            && normalized != lastAttempts[exercise.id].map(Session.normalized)
            && SourceFile(name: "<attempt>", text: code).syntaxDiagnostics().isEmpty
    }

    /// Shows the next hint of the current exercise or question, and records it.
    ///
    /// - Throws: ``SessionError/notATask`` away from a task, ``SessionError/noMoreHints(count:)`` when all are out.
    public func hint() throws -> RevealedHint {
        let (id, hints): (String, [LessonCell])
        switch current {
        case .exercise(let exercise): (id, hints) = (exercise.id, exercise.hints)
        case .question(let question): (id, hints) = (question.id, question.hints)
        case .prose, .code, .pluginCell: throw SessionError.notATask
        }
        var record = progress(ofTask: id)
        guard let hint = reveal(hints, &record) else { throw SessionError.noMoreHints(count: hints.count) }
        tasks[id] = record
        return hint
    }

    /// The hints of the current task shown so far, in order.
    public var revealedHints: [RevealedHint] {
        let hints: [LessonCell]
        switch current {
        case .exercise(let exercise): hints = exercise.hints
        case .question(let question): hints = question.hints
        case .prose, .code, .pluginCell: return []
        }
        let shown = min(progress(ofTask: current.taskID ?? "").hintsUsed, hints.count)
        return (0..<shown).map { RevealedHint(text: hints[$0].text, number: $0 + 1, count: hints.count) }
    }

    /// The solution of the current exercise, once it is solved or skipped or after
    /// ``attemptsBeforeSolution`` honest attempts; seeing it is recorded.
    ///
    /// - Throws: ``SessionError/notAnExercise``, ``SessionError/noSolution(_:)`` (a learner's
    ///   copy of the lesson), or ``SessionError/solutionLocked(attemptsLeft:)``.
    public func solution() throws -> LessonCell {
        guard case .exercise(let exercise) = current else { throw SessionError.notAnExercise }
        guard let solution = exercise.solution else { throw SessionError.noSolution(exercise.id) }
        var record = progress(ofTask: exercise.id)
        guard record.isDone || record.attempts >= Session.attemptsBeforeSolution else {
            throw SessionError.solutionLocked(attemptsLeft: Session.attemptsBeforeSolution - record.attempts)
        }
        record.solutionViewed = true
        tasks[exercise.id] = record
        return solution
    }

    /// Skips the current step and moves on.
    ///
    /// An exercise skipped for the first time at the frontier runs its
    /// solution (when this copy has one), so later cells find what they
    /// need; a question is left unanswered; a code cell does not run. A
    /// skipped task is recorded as skipped unless it was already solved.
    @discardableResult
    public func skip() -> Move {
        var ran: [CellRun] = []
        if let id = current.taskID {
            var record = progress(ofTask: id)
            if record.solved == nil { record.skipped = true }
            tasks[id] = record
        }
        if position == frontier {
            if case .exercise = current {
                switch take(position) {
                case .taken(let run?), .failed(let run): ran.append(run)
                case .taken(nil), .unfinished: break
                }
            }
            frontier += 1
        }
        var move = next()
        move.ran = ran + move.ran
        return move
    }

    /// The learner's code for an exercise, as a submission would hold it: the accepted
    /// code, else the last attempt, else the starter code.
    public func learnerCode(for exercise: Exercise) -> String {
        progress(ofTask: exercise.id).solved?.code ?? lastAttempts[exercise.id] ?? exercise.cell.text
    }

    /// The next hint, recorded in `record`; nil when all are out.
    func reveal(_ hints: [LessonCell], _ record: inout TaskProgress) -> RevealedHint? {
        guard record.hintsUsed < hints.count else { return nil }
        record.hintsUsed += 1
        return RevealedHint(text: hints[record.hintsUsed - 1].text, number: record.hintsUsed, count: hints.count)
    }

    /// Code with its spacing evened out and comments dropped, to compare attempts.
    static func normalized(_ code: String) -> String {
        code.split(separator: "\n")
            .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
            .joined(separator: "\n")
    }
}
