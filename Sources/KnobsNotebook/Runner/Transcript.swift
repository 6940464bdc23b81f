import KnobsLang

/// A run written out for a person: each cell with its output, ✓ or ✗ for each
/// check, each exercise's score, and a last line `N passed, N failed`.
///
/// With ``Symbols/ascii`` (for a terminal whose locale is not UTF-8) the marks
/// are `ok` and `FAIL`.
public struct Transcript {
    /// The marks for a passed and a failed check.
    public enum Symbols: Sendable {
        case unicode
        case ascii

        var pass: String { self == .unicode ? "✓" : "ok" }
        var fail: String { self == .unicode ? "✗" : "FAIL" }
    }

    public let symbols: Symbols
    /// Whether diagnostics are coloured.
    public let color: Bool

    public init(symbols: Symbols = .unicode, color: Bool = false) {
        self.symbols = symbols
        self.color = color
    }

    /// The whole transcript of a run, ending in a newline.
    public func render(_ run: LessonRun, name: String, parameters: Parameters = Parameters()) -> String {
        var text = "\(name): \(run.title)" + (run.seed.map { " (seed \($0))" } ?? "") + "\n"
        var exercises = Dictionary(uniqueKeysWithValues: run.exercises.map { ($0.id, $0) })
        for cell in run.cells {
            if cell.kind == .check, let id = cell.exerciseID, var exercise = exercises[id], let check = exercise.checks.first {
                text += body(cell) + "  " + mark(check) + "\n"
                exercise.checks.removeFirst()
                exercises[id] = exercise
            } else {
                text += "\n" + heading(cell, parameters: parameters) + "\n" + body(cell)
            }
        }
        text += "\n"
        for exercise in run.exercises {
            text += summary(exercise) + "\n"
            for check in exercise.checks where check.status == .notRun {
                text += "  " + mark(check) + "\n"
            }
        }
        for question in run.questions {
            text += "\(question.isCorrect ? symbols.pass : symbols.fail) " + QuestionWords.summary(question) + "\n"
        }
        if !run.checks.isEmpty, !run.checks.contains(where: \.hidden) {
            text += "\nonly visible checks ran: the teacher's copy may hold hidden ones that decide the grade\n"
        }
        text += "\nscore \(Score.text(run.score))/\(Score.text(run.maxScore))"
        text += run.budgetSpent ? "; the run's time budget was spent\n" : "\n"
        text += "\(run.passedCount) passed, \(run.failedCount) failed\n"
        return text
    }

    private func heading(_ cell: CellResult, parameters: Parameters) -> String {
        let what: String
        switch cell.kind {
        case .code: what = "code"
        case .exercise: what = "exercise \(cell.exerciseID ?? "")"
        case .standIn: what = "solution of \(cell.exerciseID ?? "") (stands in so that later cells run)"
        case .check: what = "check of \(cell.exerciseID ?? "")"
        case .parameters: what = "parameters given: " + parameters.values.map { "\($0.name) = \($0.code)" }.joined(separator: ", ")
        case .plugin: what = cell.pluginKind ?? "plugin cell"
        }
        return "[line \(cell.line)] \(what)" + (cell.status == .notRun ? ": not run, the time budget was spent" : "")
    }

    private func body(_ cell: CellResult) -> String {
        var text = ""
        if !cell.output.isEmpty {
            text += cell.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast(cell.output.hasSuffix("\n") ? 1 : 0)
                .map { "  " + $0 }.joined(separator: "\n") + "\n"
        }
        if cell.outputCut > 0 { text += "  … \(cell.outputCut) more bytes of output not kept\n" }
        if cell.kind != .check, !cell.diagnostics.isEmpty {
            text += DiagnosticRenderer(color: color).render(cell.diagnostics)
            if !text.hasSuffix("\n") { text += "\n" }
        }
        return text
    }

    private func mark(_ check: CheckResult) -> String {
        let what = check.hidden ? "hidden check \(check.number)" : "check \(check.number)"
        switch check.status {
        case .passed: return "\(symbols.pass) \(check.exerciseID) \(what)"
        case .notRun: return "\(symbols.fail) \(check.exerciseID) \(what): not run"
        case .failed, .error: return "\(symbols.fail) \(check.exerciseID) \(what): \(check.message ?? "failed")"
        }
    }

    private func summary(_ exercise: ExerciseResult) -> String {
        var line = "\(exercise.id): \(exercise.status.rawValue), \(Score.text(exercise.score))/\(Score.text(exercise.points))"
        if let reason = exercise.reason { line += " (\(reason))" }
        if exercise.stoodIn { line += "; the key's solution stood in" }
        if !exercise.reboundLibraryNames.isEmpty {
            line += "; rebound library names, ignored by the checks: \(exercise.reboundLibraryNames.joined(separator: ", "))"
        }
        if !exercise.reboundKeyNames.isEmpty {
            line += "; rebound the key's functions, ignored by the checks: \(exercise.reboundKeyNames.joined(separator: ", "))"
        }
        return line
    }
}

/// Numbers written as people write them: `2`, `1.5`.
enum Score {
    static func text(_ points: Double) -> String {
        points == points.rounded() && abs(points) < 1e15 ? String(Int(points)) : String(points)
    }
}
