/// Finds the key's cells that a submission changed, removed or added.
///
/// The grader always runs the key's own cells, so an edit changes nothing;
/// it is flagged so that the teacher knows (as nbgrader's checksums do).
/// Cells compare by kind, id, `weight=` and code, spacing and comments aside;
/// an exercise's or a question's `points=` compare on their own.
enum KeyEdits {
    /// A cell of a submission or a key that is not an exercise.
    struct Cell: Sendable {
        let kind: LessonCell.Kind
        let id: String?
        let hidden: Bool
        /// A check's `weight=`, as written.
        let weight: Double?
        let text: String
        let line: Int

        /// What two cells must share to be the same.
        var fingerprint: String {
            "\(kind.rawValue) \(id ?? "") \(hidden) \(weight.map(Score.text) ?? "")\n" + Session.normalized(text)
        }
    }

    /// One flag per key cell the learner's copy should hold unchanged but does not, and per cell added.
    ///
    /// A copy saved from the key itself (a lesson that ships its solutions) may also hold the key's
    /// solutions and hidden checks: unchanged, they are not flagged.
    static func flags(key: Lesson, submitted: [Cell]) -> [String] {
        var expected: [Cell] = []
        var optional: [Cell] = []
        for step in key.steps {
            switch step {
            case .code(let cell):
                expected.append(cell.editable)
            case .exercise(let exercise):
                expected += exercise.visibleChecks.map(\.editable)
                optional += exercise.checks.filter(\.isHidden).map(\.editable) + (exercise.solution.map { [$0.editable] } ?? [])
            case .prose, .question, .pluginCell:
                break
            }
        }
        var unmatched = Dictionary(grouping: submitted.filter { $0.kind == .code || $0.kind == .check || $0.kind == .solution }, by: \.fingerprint)
        var flags: [String] = []
        for cell in expected {
            if var same = unmatched[cell.fingerprint], !same.isEmpty {
                same.removeFirst()
                unmatched[cell.fingerprint] = same
            } else {
                flags.append("the key's \(describe(cell)) (key line \(cell.line)) was changed or removed; the key's cell ran")
            }
        }
        for cell in optional {
            if var same = unmatched[cell.fingerprint], !same.isEmpty {
                same.removeFirst()
                unmatched[cell.fingerprint] = same
            }
        }
        for cell in unmatched.values.joined().sorted(by: { $0.line < $1.line }) {
            flags.append("the submission's \(describe(cell)) (line \(cell.line)) is not the key's and was ignored")
        }
        return flags
    }

    /// One flag per exercise or question of the key whose `points=` the submission changed:
    /// the key's points count, whatever the submission's header says.
    ///
    /// - Parameter submitted: The `points=` of each exercise and question of the submission, by kind and id.
    static func pointFlags(key: Lesson, submitted: [String: Double?]) -> [String] {
        let tasks = key.exercises.map { ("exercise", $0.id, $0.cell) } + key.questions.map { ("question", $0.id, $0.cell) }
        return tasks.compactMap { kind, id, cell in
            guard let given = submitted["\(kind) \(id)"], given != cell.points else { return nil }
            let points = { (value: Double?) in value.map { "points=\(Score.text($0))" } ?? "no points=" }
            return "the submission's \(kind) '\(id)' has \(points(given)) where the key has \(points(cell.points)); the key's points counted"
        }
    }

    private static func describe(_ cell: Cell) -> String {
        switch cell.kind {
        case .check: return "\(cell.hidden ? "hidden check" : "check") of '\(cell.id ?? "")'"
        case .solution: return "solution of '\(cell.id ?? "")'"
        default: return cell.id.map { "code cell '\($0)'" } ?? "code cell"
        }
    }
}

extension LessonCell {
    /// The cell as ``KeyEdits`` compares it.
    var editable: KeyEdits.Cell {
        KeyEdits.Cell(kind: kind, id: id, hidden: isHidden, weight: weight, text: text, line: lines.lowerBound)
    }
}
