import Foundation
import KnobsLang

/// Runs a lesson with no person present: every cell in order, in one fresh
/// interpreter, each exercise filled as ``ExerciseFill`` says and judged by
/// all of its checks, visible and hidden.
///
/// An exercise that errors, hits a limit or fails a check scores 0, the
/// environment goes back to what it was before it, the key's solution stands
/// in (when ``RunOptions/standIn`` and the lesson has one), and the run goes
/// on. Checks are the key's: each runs from a snapshot that is restored after
/// it, with every library name the exercise rebound hidden first
/// (``Interpreter/restoreBuiltins()``), so `expect`, `near` and the
/// rest mean the library's own whatever the learner assigned; so do the
/// functions the lesson's code cells define (its helpers), unless an exercise
/// of the lesson defines the name (``Lesson/learnerNames``).
///
/// ```swift
/// let run = Runner(lesson: key).run(.solutions)
/// print(run.passedCount, run.failedCount, run.score, run.maxScore)
/// ```
public struct Runner {
    public let lesson: Lesson
    public let options: RunOptions
    /// The names the lesson's exercises define, which its code cells' functions are not protected under.
    let learnerNames: Set<String>
    /// Runs once on the new interpreter before anything else: what a host adds (a terminal's `plot`).
    let prepare: (Interpreter) -> Void
    /// Draws the cells of kinds plugins add.
    let drawCell: PluginCellDrawer

    /// - Parameters:
    ///   - prepare: Runs once on the new interpreter: what the host adds (plots, the lesson's plugins).
    ///   - drawCell: Draws each cell of a kind a plugin adds; by default its text as written.
    public init(lesson: Lesson, options: RunOptions = RunOptions(), prepare: @escaping (Interpreter) -> Void = { _ in },
                drawCell: @escaping PluginCellDrawer = PluginCell.asWritten) {
        self.init(lesson: lesson, options: options, learnerNames: lesson.learnerNames, prepare: prepare, drawCell: drawCell)
    }

    /// A runner for a lesson whose ``Lesson/learnerNames`` are already known (a grader's key).
    init(lesson: Lesson, options: RunOptions, learnerNames: Set<String>, prepare: @escaping (Interpreter) -> Void, drawCell: @escaping PluginCellDrawer) {
        self.lesson = lesson
        self.options = options
        self.learnerNames = learnerNames
        self.prepare = prepare
        self.drawCell = drawCell
    }

    /// Runs the lesson once, from a fresh interpreter.
    public func run(_ fill: ExerciseFill) -> LessonRun {
        var pass = RunPass(lesson: lesson, options: options, fill: fill, learnerNames: learnerNames, drawCell: drawCell)
        prepare(pass.interpreter)
        return pass.run()
    }
}

/// One run in progress: the interpreter, the clock and the results so far.
struct RunPass {
    let lesson: Lesson
    let options: RunOptions
    let fill: ExerciseFill
    let learnerNames: Set<String>
    let drawCell: PluginCellDrawer
    let interpreter: Interpreter
    private let output: BoundedOutput
    private let started = Date()
    private var cells: [CellResult] = []
    private var exercises: [ExerciseResult] = []
    private var questions: [QuestionResult] = []
    private var budgetSpent = false
    /// The functions of the lesson's code cells that checks call as the lesson wrote them.
    private var keyHelpers: Set<String> = []

    init(lesson: Lesson, options: RunOptions, fill: ExerciseFill, learnerNames: Set<String>, drawCell: @escaping PluginCellDrawer) {
        self.lesson = lesson
        self.options = options
        self.fill = fill
        self.learnerNames = learnerNames
        self.drawCell = drawCell
        let output = BoundedOutput(cap: options.outputCap)
        self.output = output
        interpreter = Interpreter(limits: options.limits) { output.write($0) }
    }

    mutating func run() -> LessonRun {
        let seed = options.seed ?? lesson.info.seed
        if let seed { _ = interpreter.run(SourceFile(name: "<seed>", text: "seed(\(seed))")) }
        for step in lesson.steps {
            switch step {
            case .prose: break
            case .question(let question): questions.append(answer(question))
            case .code(let cell):
                let functions = functionsByName()
                cells.append(runCell(cell.source, kind: .code, exercise: nil, line: cell.lines.lowerBound, echo: true))
                protectHelpers(changedFrom: functions)
                if cell.id == Parameters.cellID, !options.parameters.isEmpty {
                    let values = SourceFile(name: "<parameters>", text: options.parameters.program)
                    cells.append(runCell(values, kind: .parameters, exercise: nil, line: cell.lines.lowerBound, echo: false))
                }
            case .exercise(let exercise): exercises.append(runExercise(exercise))
            case .pluginCell(let cell): cells.append(draw(cell))
            }
        }
        return LessonRun(lessonID: lesson.id, title: lesson.info.title, seed: seed, cells: cells, exercises: exercises,
                         questions: questions, duration: Date().timeIntervalSince(started), budgetSpent: budgetSpent)
    }

    // MARK: The key's helpers

    /// The top-level variables that hold a function, and which function each holds.
    private func functionsByName() -> [String: ObjectIdentifier] {
        var functions: [String: ObjectIdentifier] = [:]
        for name in interpreter.variableNames {
            if case .function(let function)? = interpreter.value(of: name) { functions[name] = ObjectIdentifier(function) }
        }
        return functions
    }

    /// Protects (``Interpreter/protect(_:)``) every function a code cell of the lesson defined
    /// since `before`, unless an exercise defines its name, so that checks call the lesson's.
    private mutating func protectHelpers(changedFrom before: [String: ObjectIdentifier]) {
        for (name, function) in functionsByName() where before[name] != function && !learnerNames.contains(name) {
            interpreter.protect(name)
            keyHelpers.insert(name)
        }
    }

    // MARK: Exercises

    private mutating func runExercise(_ exercise: Exercise) -> ExerciseResult {
        var result = ExerciseResult(id: exercise.id, points: exercise.points, score: 0, status: .passed, reason: nil,
                                    checks: [], stoodIn: false, reboundLibraryNames: [])
        let before = interpreter.snapshot()
        switch code(for: exercise) {
        case .failure(let missing):
            result.status = missing.status
            result.reason = missing.reason
        case .success(let code):
            let librarySet = Set(interpreter.variableNames).intersection(Interpreter.libraryNames)
            let changedBefore = Set(interpreter.changedProtectedNames)
            let cell = runCell(code.source, kind: .exercise, exercise: exercise.id, line: max(code.source.lineOffset, 1), echo: true)
            cells.append(cell)
            switch cell.status {
            case .ok:
                let rebound = Set(interpreter.variableNames).intersection(Interpreter.libraryNames).subtracting(librarySet)
                    .union(Set(interpreter.changedProtectedNames).subtracting(changedBefore))
                result.reboundLibraryNames = rebound.subtracting(keyHelpers).sorted()
                result.reboundKeyNames = rebound.intersection(keyHelpers).sorted()
                result.checks = runChecks(exercise)
                if let failed = result.checks.first(where: { !$0.passed }) {
                    result.status = .failed
                    result.reason = "\(failed.name) failed" + (failed.message.map { ": \($0)" } ?? "")
                    result.score = RunPass.partialScore(exercise, result.checks)
                }
            case .error:
                (result.status, result.reason) = (.error, cell.diagnostics.first?.message ?? "the code stopped with an error")
            case .limit:
                (result.status, result.reason) = (.limit, cell.diagnostics.first?.message ?? "the code hit a limit")
            case .notRun:
                (result.status, result.reason) = (.notRun, "the run's time budget was spent before this exercise")
            }
        }
        if result.checks.isEmpty {
            result.checks = exercise.checks.enumerated().map { CheckResult(exerciseID: exercise.id, number: $0.offset + 1, line: $0.element.lines.lowerBound,
                                                                           hidden: $0.element.isHidden, weight: $0.element.weight ?? 1, status: .notRun, message: nil) }
        }
        guard result.status == .passed else {
            interpreter.restore(before)
            result.stoodIn = standIn(for: exercise, restoring: before)
            return result
        }
        result.score = exercise.points
        return result
    }

    /// What checks that passed are worth when the key weighs them (`weight=` on a check; 1 when not
    /// given): the points times the passed share of the weights. Without weights an exercise is all or nothing.
    static func partialScore(_ exercise: Exercise, _ checks: [CheckResult]) -> Double {
        guard exercise.checks.contains(where: { $0.weight != nil }) else { return 0 }
        let total = checks.reduce(0) { $0 + $1.weight }
        let passed = checks.filter(\.passed).reduce(0) { $0 + $1.weight }
        return total > 0 ? exercise.points * passed / total : 0
    }

    /// The code that takes the exercise's place, or why there is none (a status and a reason).
    private func code(for exercise: Exercise) -> Result<ExerciseCode, Missing> {
        let code: ExerciseCode
        switch fill {
        case .asWritten:
            code = ExerciseCode(text: exercise.cell.text, source: exercise.cell.source)
        case .solutions:
            guard let solution = exercise.solution else {
                return .failure(Missing(.missing, "this copy of the lesson has no solution for '\(exercise.id)'"))
            }
            return .success(ExerciseCode(text: solution.text, source: solution.source))
        case .submitted(let submitted, _):
            guard let found = submitted[exercise.id] else {
                return .failure(Missing(.missing, "the submission has no exercise '\(exercise.id)'"))
            }
            if !found.text.contains("___"), Session.normalized(found.text) == Session.normalized(exercise.cell.text) {
                return .failure(Missing(.unfinished, "the exercise is the starter code, unchanged"))
            }
            code = found
        }
        if code.text.contains("___") {
            return .failure(Missing(.unfinished, "the exercise still holds ___ to fill in"))
        }
        if Session.normalized(code.text).isEmpty {
            return .failure(Missing(.unfinished, "the exercise is empty"))
        }
        return .success(code)
    }

    /// Runs every check from the state after the exercise, restoring it after each.
    private mutating func runChecks(_ exercise: Exercise) -> [CheckResult] {
        let after = interpreter.snapshot()
        var results: [CheckResult] = []
        for (offset, check) in exercise.checks.enumerated() {
            interpreter.restoreBuiltins()
            let cell = runCell(check.source, kind: .check, exercise: exercise.id, line: check.lines.lowerBound, echo: false)
            interpreter.restore(after)
            cells.append(cell)
            var result = CheckResult(exerciseID: exercise.id, number: offset + 1, line: check.lines.lowerBound, hidden: check.isHidden,
                                     weight: check.weight ?? 1, status: .passed, message: nil, duration: cell.duration)
            if let problem = cell.diagnostics.first {
                result.status = problem.kind == .expectation ? .failed : .error
                result.message = problem.message
            } else if cell.status == .notRun {
                result.status = .notRun
            }
            results.append(result)
        }
        return results
    }

    /// Runs the key's solution after an exercise that did not pass; whether it ran to its end.
    private mutating func standIn(for exercise: Exercise, restoring before: Interpreter.Snapshot) -> Bool {
        guard options.standIn, let solution = exercise.solution else { return false }
        if case .solutions = fill { return false }
        let cell = runCell(solution.source, kind: .standIn, exercise: exercise.id, line: solution.lines.lowerBound, echo: false)
        cells.append(cell)
        guard cell.status == .ok else {
            interpreter.restore(before)
            return false
        }
        return true
    }

    // MARK: Questions

    /// Judges the answer the fill gives to a question; the reason never holds the key's answer.
    private func answer(_ question: Question) -> QuestionResult {
        var result = QuestionResult(id: question.id, points: question.points, score: 0, status: .ungraded, answer: nil, reason: nil,
                                    rightAnswer: question.keyDescription, line: question.cell.lines.lowerBound)
        let given: String
        switch fill {
        case .asWritten:
            result.reason = "a lesson run as written answers no question; knobs grade scores the answers of a submission"
            return result
        case .solutions:
            guard let right = question.rightAnswer else {
                result.reason = "this copy of the lesson does not hold the answer to '\(question.id)'"
                return result
            }
            given = right
        case .submitted(_, let answers):
            guard let found = answers[question.id] else {
                (result.status, result.reason) = (.missing, "the submission has no question '\(question.id)'")
                return result
            }
            given = found.trimmingCharacters(in: .whitespaces)
        }
        if given.isEmpty || given.contains("___") {
            (result.status, result.reason) = (.unanswered, "the question is not answered")
            return result
        }
        result.answer = given.count <= QuestionResult.maxAnswerLength ? given : String(given.prefix(QuestionResult.maxAnswerLength)) + "…"
        switch question.judge(given) {
        case .correct:
            (result.status, result.score) = (.correct, question.points)
        case .wrong:
            (result.status, result.reason) = (.wrong, "the answer is not right")
        case .invalid(let why):
            (result.status, result.reason) = (.invalid, "not an answer to this question: \(why)")
        case .recorded:
            result.reason = "this copy of the lesson does not hold the answer to '\(question.id)'"
        }
        return result
    }

    // MARK: Cells

    /// A plugin's cell, drawn: shown in the transcript, it changes nothing and scores nothing.
    private func draw(_ cell: PluginCell) -> CellResult {
        var result = CellResult(kind: .plugin, exerciseID: nil, line: cell.lines.lowerBound, output: "", outputCut: 0,
                                diagnostics: [], status: .ok, duration: 0)
        result.pluginKind = cell.kind
        switch drawCell(cell) {
        case .success(let text): result.output = text
        case .failure(let problem): (result.diagnostics, result.status) = ([problem], .error)
        }
        return result
    }

    /// Runs one program under the cell limits and what is left of the budget.
    private mutating func runCell(_ source: SourceFile, kind: CellResult.Kind, exercise: String?, line: Int, echo: Bool) -> CellResult {
        let remaining = options.budget - Date().timeIntervalSince(started)
        guard !budgetSpent, remaining > 0 else {
            budgetSpent = true
            return CellResult(kind: kind, exerciseID: exercise, line: line, output: "", outputCut: 0, diagnostics: [], status: .notRun, duration: 0)
        }
        var limits = options.limits
        limits.timeout = min(limits.timeout, remaining)
        interpreter.limits = limits
        output.begin()
        let start = Date()
        let outcome = interpreter.run(source, echo: echo)
        let duration = Date().timeIntervalSince(start)
        let status: CellResult.Status
        switch outcome.diagnostics.first?.kind {
        case nil: status = .ok
        case .limit?: status = .limit
        case .syntax?, .runtime?, .expectation?: status = .error
        }
        var diagnostics = outcome.diagnostics
        // The budget, not the cell's own timeout, stopped it: say so, and run nothing more.
        if status == .limit, remaining < options.limits.timeout, duration >= remaining * 0.9 {
            budgetSpent = true
            diagnostics[0].message = "the run's time budget of \(options.budget) s was spent"
            diagnostics[0].hint = "a cell before this one may be slow; raise the budget with --budget"
        }
        return CellResult(kind: kind, exerciseID: exercise, line: line, output: output.text, outputCut: output.cut,
                          diagnostics: diagnostics, status: status, duration: duration)
    }
}

/// Why an exercise has no code to run: a status and a reason.
struct Missing: Error {
    let status: ExerciseResult.Status
    let reason: String

    init(_ status: ExerciseResult.Status, _ reason: String) {
        self.status = status
        self.reason = reason
    }
}
