import Foundation
import KnobsLang

/// A part of a lesson's body as read, before solutions, checks and hints join their tasks.
enum Piece {
    case prose(Prose)
    case cell(LessonCell)
    case question(LessonCell, QuestionBody)
    case plugin(PluginCell)
}

/// Attaches every solution, check and hint to the exercise or question its id names, and makes the steps.
///
/// Ids are resolved after the whole file is read, so a check may come before
/// its exercise; hints keep the order they are written in.
struct CellLinker {
    let text: LessonLines
    private(set) var problems: [Diagnostic] = []
    private var named: [String: LessonCell] = [:]
    private var solutions: [String: LessonCell] = [:]
    private var checks: [String: [LessonCell]] = [:]
    private var hints: [String: [LessonCell]] = [:]

    init(text: LessonLines) {
        self.text = text
    }

    mutating func link(_ pieces: [Piece]) -> [Step] {
        for piece in pieces {
            switch piece {
            case .cell(let cell): name(cell)
            case .question(let cell, _): name(cell)
            case .prose, .plugin: break
            }
        }
        for case .cell(let cell) in pieces {
            attach(cell)
        }
        var steps: [Step] = []
        for piece in pieces {
            if let step = step(piece) { steps.append(step) }
        }
        return steps
    }

    /// Records the id of an exercise, a question or a named code cell; ids are unique in a lesson.
    private mutating func name(_ cell: LessonCell) {
        guard cell.kind == .code || cell.kind == .exercise || cell.kind == .question, let id = cell.id else { return }
        if let first = named[id] {
            problems.append(problem("the id '\(id)' is used twice", at: cell, hint: "it first names the \(first.kind.rawValue) cell on line \(first.lines.lowerBound)"))
        } else {
            named[id] = cell
        }
    }

    /// Joins a solution, check or hint to its task.
    private mutating func attach(_ cell: LessonCell) {
        guard cell.kind == .solution || cell.kind == .check || cell.kind == .hint, let id = cell.id else { return }
        guard let task = named[id], task.kind != .code else {
            let tasks = named.values.filter { $0.kind != .code }.compactMap(\.id)
            let guess = NameSuggestion.closest(to: id, among: tasks)
            let what = named[id] == nil ? "there is no exercise or question '\(id)'" : "'\(id)' names a code cell, not an exercise"
            problems.append(problem("this \(cell.kind.rawValue) is for an unknown task: \(what)", at: cell,
                                    hint: guess.map { "did you mean '\($0)'?" }))
            return
        }
        if task.kind == .question, cell.kind != .hint {
            problems.append(problem("a question has no \(cell.kind.rawValue); its answer is written inside it", at: cell))
            return
        }
        switch cell.kind {
        case .hint:
            hints[id, default: []].append(cell)
        case .solution:
            if let first = solutions[id] {
                problems.append(problem("'\(id)' already has a solution", at: cell, hint: "the first is on line \(first.lines.lowerBound)"))
            } else {
                solutions[id] = cell
            }
        default:
            checks[id, default: []].append(cell)
        }
    }

    private mutating func step(_ piece: Piece) -> Step? {
        switch piece {
        case .prose(let prose):
            return .prose(prose)
        case .plugin(let cell):
            return .pluginCell(cell)
        case .question(let cell, let body):
            let id = cell.id ?? ""
            return .question(Question(id: id, points: cell.points ?? 1, cell: cell, prompt: body.prompt, choices: body.choices,
                                     key: body.key, hints: hints[id] ?? []))
        case .cell(let cell):
            switch cell.kind {
            case .code:
                return .code(cell)
            case .exercise:
                let id = cell.id ?? ""
                let exercise = Exercise(id: id, points: cell.points ?? 1, cell: cell, solution: solutions[id], checks: checks[id] ?? [], hints: hints[id] ?? [])
                if exercise.visibleChecks.isEmpty {
                    problems.append(problem("the exercise '\(id)' has no visible check, so a learner cannot solve it", at: cell,
                                            hint: "add a cell ```knobs check id=\(id) with expect(...) in it"))
                }
                return .exercise(exercise)
            case .solution, .check, .hint, .question:
                return nil
            }
        }
    }

    /// A problem on a cell's fence line, under its `id=` when it has one.
    private func problem(_ message: String, at cell: LessonCell, hint: String? = nil) -> Diagnostic {
        let line = text.lines[cell.lines.lowerBound - 1]
        let span = line.text.range(of: "id=").map { start in line.text[start.lowerBound...].prefix { !$0.isWhitespace } }
        return text.problem(message, at: line, span: span ?? line.text.trimmingWhitespace(), hint: hint)
    }
}
