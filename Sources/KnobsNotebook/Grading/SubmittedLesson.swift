import Foundation
import KnobsLang

/// A submission as the grader reads it: which lesson it says it is, each
/// exercise's code and each question's answer by id, and what else it changed.
///
/// The reader is lenient where a lesson's parser is strict: the learner's
/// code may not even parse, and that is the learner's to lose on that
/// exercise, not a reason to refuse the file. Only what makes the file
/// ambiguous refuses it (``SubmissionStatus/malformed``).
public struct SubmittedLesson: Sendable {
    /// The `id:` in its front matter.
    public let lessonID: String
    /// The code of each exercise, by id.
    public let exercises: [String: ExerciseCode]
    /// The answer to each question, by id, as written ("" when there is none).
    public let answers: [String: String]
    /// What the grader ignored and the teacher should know: edited or added cells, unknown ids.
    public let flags: [String]

    /// The most flags a submission keeps; the rest are counted in one more.
    static let maxFlags = 20

    /// Why a file cannot be graded.
    public struct Refusal: Error, Sendable {
        public let status: SubmissionStatus
        public let reason: String
    }

    /// Reads a submission of the lesson `key`.
    ///
    /// - Throws: ``Refusal`` for an empty, binary, malformed or other lesson's file.
    public init(data: Data, name: String, key: Lesson) throws {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw Refusal(status: .empty, reason: data.isEmpty ? "the file is empty" : "the file holds only white space")
        }
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
            throw Refusal(status: .malformed, reason: "the file is not UTF-8 text (a binary file?)")
        }
        let lines = LessonLines(source: SourceFile(name: name, text: text))
        var problems: [Diagnostic] = []
        let (info, bodyStart) = FrontMatter.parse(lines, knownPlugins: Set(key.info.plugins), problems: &problems)
        guard let info else {
            throw Refusal(status: .malformed, reason: SubmittedLesson.describe(problems.first, or: "the front matter cannot be read"))
        }
        guard info.id == key.id else {
            throw Refusal(status: .wrongLesson, reason: "the submission is for the lesson '\(info.id)', not '\(key.id)'")
        }
        problems = []
        let blocks = BlockScanner.scan(lines, from: bodyStart, problems: &problems)
        if let unclosed = problems.first {
            throw Refusal(status: .malformed, reason: SubmittedLesson.describe(unclosed, or: "a cell is never closed"))
        }
        var reading = CellsRead(lines: lines)
        for case .cell(let fence, let open, let close?) in blocks { reading.add(fence, open: open, close: close) }
        if let (kind, id, first, second) = reading.duplicate {
            throw Refusal(status: .malformed, reason: "the \(kind.rawValue) '\(id)' appears twice (lines \(first) and \(second)), so its answer is ambiguous")
        }
        lessonID = info.id
        exercises = reading.exercises
        answers = reading.answers
        let all = reading.unknownTasks(for: key).map { "the \($0.kind.rawValue) '\($0.id)' is not in the key and was ignored" }
            + KeyEdits.flags(key: key, submitted: reading.others) + KeyEdits.pointFlags(key: key, submitted: reading.points)
        flags = all.count <= SubmittedLesson.maxFlags ? all
            : Array(all.prefix(SubmittedLesson.maxFlags)) + ["and \(all.count - SubmittedLesson.maxFlags) more flags like these"]
    }

    /// `line 12: this cell is never closed`.
    private static func describe(_ problem: Diagnostic?, or fallback: String) -> String {
        guard let problem else { return fallback }
        guard let source = problem.source, let range = problem.range else { return problem.message }
        return "line \(source.location(of: range.start).line): \(problem.message)"
    }
}

/// The cells of a submission, gathered as the grader needs them.
struct CellsRead {
    let lines: LessonLines
    private(set) var exercises: [String: ExerciseCode] = [:]
    private(set) var answers: [String: String] = [:]
    /// Where each exercise and question is, by id.
    private var tasks: [String: (kind: LessonCell.Kind, line: Int)] = [:]
    /// The `points=` of each exercise and question, by `kind id` (nil where none is written).
    private(set) var points: [String: Double?] = [:]
    /// The first id that names two tasks: its kind, and the lines of both.
    private(set) var duplicate: (LessonCell.Kind, String, Int, Int)?
    /// Every cell that is not an exercise or a question: compared with the key's to flag edits.
    private(set) var others: [KeyEdits.Cell] = []

    init(lines: LessonLines) {
        self.lines = lines
    }

    mutating func add(_ fence: Fence, open: Int, close: Int) {
        var ignored: [Diagnostic] = []
        let fenceLine = lines.lines[open]
        guard let header = CellHeader.parse(fence, line: fenceLine, in: lines, problems: &ignored) else { return }
        let inside = lines.lines[(open + 1)..<close].map(\.text)
        let body = inside.joined(separator: "\n")
        guard header.kind == .exercise || header.kind == .question, let id = header.id else {
            others.append(KeyEdits.Cell(kind: header.kind, id: header.id, hidden: header.isHidden, weight: header.weight, text: body, line: fenceLine.number))
            return
        }
        if let first = tasks[id] {
            if duplicate == nil { duplicate = (header.kind, id, first.line, fenceLine.number) }
            return
        }
        tasks[id] = (header.kind, fenceLine.number)
        points["\(header.kind.rawValue) \(id)"] = .some(header.points)
        if header.kind == .question {
            answers[id] = CellsRead.answer(in: inside)
            return
        }
        let source = SourceFile(name: lines.source.name, text: body.isEmpty ? "" : body + "\n", lineOffset: fenceLine.number)
        exercises[id] = ExerciseCode(text: body, source: source)
    }

    /// The learner's answer in a question cell: its `answer:` line once filled in, else the
    /// letters of the choices ticked `[x]`; "" when there is neither.
    static func answer(in body: [Substring]) -> String {
        var written: Substring = ""
        var ticked: [Int] = []
        var choices = 0
        for line in body {
            let trimmed = line.trimmingWhitespace()
            if let choice = QuestionBody.choice(trimmed) {
                if choice.isRight { ticked.append(choices) }
                choices += 1
            } else if trimmed.hasPrefix("answer:") {
                written = trimmed.dropFirst("answer:".count).trimmingWhitespace()
            }
        }
        if !written.isEmpty, !written.contains("___") { return String(written) }
        return choices <= 26 ? ticked.map(Question.letter).joined(separator: " ") : ""
    }

    /// The submission's exercises and questions that the key does not have, in the order of the file.
    func unknownTasks(for key: Lesson) -> [(kind: LessonCell.Kind, id: String)] {
        let known = Set(key.exercises.map { "exercise \($0.id)" } + key.questions.map { "question \($0.id)" })
        return tasks.filter { !known.contains("\($0.value.kind.rawValue) \($0.key)") }
            .sorted { $0.value.line < $1.value.line }.map { ($0.value.kind, $0.key) }
    }
}
