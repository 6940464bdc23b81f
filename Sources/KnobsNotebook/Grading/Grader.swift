import Foundation
import KnobsLang

/// Grades submissions against a key: the key's cells run with each
/// submission's exercise code in place (matched by id), then the key's
/// checks, visible and hidden; each question is judged by the key's answer.
///
/// A submission gives the grader its exercise code and answers and nothing else: the
/// key's code cells and checks run as the key has them, whatever the
/// submission's copies say (edits are flagged), and a check reads library
/// names as the library's (see ``Runner``). Every submission gets a
/// ``SubmissionStatus`` and a reason, and nothing a submission holds stops
/// the grader: files are read up to ``maxBytes``, code runs under the
/// ``RunOptions`` limits, each submission in its own interpreter.
public struct Grader: Sendable {
    /// The author's lesson, with solutions and hidden checks.
    public let key: Lesson
    /// The SHA-256 of the key file's bytes, which every report carries.
    public let keySHA256: String
    public let options: RunOptions
    /// The largest submission read, in bytes.
    public let maxBytes: Int
    /// Runs on each submission's new interpreter before the key's first cell: what the host adds (a terminal's `plot`).
    let prepare: @Sendable (Interpreter) -> Void
    /// Draws the key's cells of kinds plugins add; they score nothing.
    let drawCell: PluginCellDrawer
    /// The names the key's exercises define (``Lesson/learnerNames``), found once for every submission.
    let learnerNames: Set<String>

    public init(key: Lesson, keySHA256: String, options: RunOptions = RunOptions(), maxBytes: Int = 1 << 20,
                prepare: @escaping @Sendable (Interpreter) -> Void = { _ in }, drawCell: @escaping PluginCellDrawer = PluginCell.asWritten) {
        self.key = key
        self.keySHA256 = keySHA256
        self.options = options
        self.maxBytes = maxBytes
        self.prepare = prepare
        self.drawCell = drawCell
        learnerNames = key.learnerNames
    }

    /// Grades a submission's bytes (`name` is how results and diagnostics call it).
    public func grade(_ data: Data, name: String) -> GradeResult {
        let start = Date()
        var result = gradeUntimed(data, name: name)
        result.duration = Date().timeIntervalSince(start)
        return result
    }

    private func gradeUntimed(_ data: Data, name: String) -> GradeResult {
        var result = GradeResult(submission: name, status: .ok, reason: nil, score: 0, maxScore: maxScore, duration: 0, flags: [], run: nil)
        guard data.count <= maxBytes else {
            (result.status, result.reason) = (.tooLarge, "the file has \(data.count) bytes; the grader reads at most \(maxBytes)")
            return result
        }
        let submitted: SubmittedLesson
        do {
            submitted = try SubmittedLesson(data: data, name: name, key: key)
        } catch let refusal as SubmittedLesson.Refusal {
            (result.status, result.reason) = (refusal.status, refusal.reason)
            return result
        } catch {
            (result.status, result.reason) = (.malformed, "\(error)")
            return result
        }
        let run = Runner(lesson: key, options: options, learnerNames: learnerNames, prepare: prepare, drawCell: drawCell).run(.submitted(submitted.exercises, answers: submitted.answers))
        result.run = run
        result.score = run.score
        result.flags = submitted.flags + run.exercises.filter { !$0.reboundLibraryNames.isEmpty }.map {
            "'\($0.id)' gives library names values of its own (\($0.reboundLibraryNames.joined(separator: ", "))); the checks used the library's"
        } + run.exercises.filter { !$0.reboundKeyNames.isEmpty }.map {
            "'\($0.id)' gives the key's functions values of its own (\($0.reboundKeyNames.joined(separator: ", "))); the checks used the key's"
        }
        (result.status, result.reason) = Grader.status(of: run)
        return result
    }

    /// Grades a file; one that is too large is not read, nor is anything but a regular file.
    ///
    /// The file is opened without waiting (`O_NONBLOCK`) and examined before it is read: a
    /// named pipe with `.md` in its name would otherwise hold the grader until something wrote
    /// to it, and a device such as `/dev/zero` never ends.
    public func grade(file path: String) -> GradeResult {
        let start = Date()
        let refuse = { (status: SubmissionStatus, reason: String) in
            GradeResult(submission: path, status: status, reason: reason, score: 0, maxScore: maxScore,
                        duration: Date().timeIntervalSince(start), flags: [], run: nil)
        }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return refuse(.unreadable, "the file cannot be read") }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        defer { try? handle.close() }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return refuse(.unreadable, "the file cannot be read") }
        guard status.st_mode & S_IFMT == S_IFREG else {
            return refuse(.unreadable, "it is not a regular file (a named pipe, a device or a folder), so it was not read")
        }
        if Int(status.st_size) > maxBytes {
            return refuse(.tooLarge, "the file has \(status.st_size) bytes; the grader reads at most \(maxBytes)")
        }
        guard let data = try? handle.read(upToCount: maxBytes + 1) ?? Data() else { return refuse(.unreadable, "the file cannot be read") }
        return grade(data, name: path)
    }

    /// Grades files, `jobs` at a time, each in its own interpreter on its own thread, and hands
    /// each result to `consume` on the calling thread in the order given, as reports need them
    /// (``GradeResult/forReport``: no cell output). Only a few hundred results wait at once,
    /// however many files there are; when `consume` throws, grading stops.
    public func grade(files: [String], jobs: Int, inOrder consume: (GradeResult) throws -> Void) rethrows {
        try ParallelMap.forEach(files, jobs: jobs, { grade(file: $0).forReport }, inOrder: consume)
    }

    /// Grades files, `jobs` at a time; every result, in the order given.
    public func grade(files: [String], jobs: Int) -> [GradeResult] {
        ParallelMap.map(files, jobs: jobs) { grade(file: $0).forReport }
    }

    /// What the key is worth: its exercises and questions.
    public var maxScore: Double { key.totalPoints }

    /// A graded run's status and reason: a limit before an error, each naming the first exercise or cell it hit.
    static func status(of run: LessonRun) -> (SubmissionStatus, String?) {
        if run.budgetSpent { return (.limit, "the run's time budget was spent") }
        if let cell = run.cells.first(where: { $0.status == .limit }) {
            return (.limit, "\(where_(cell)) hit a limit: \(cell.diagnostics.first?.message ?? "")")
        }
        if let cell = run.cells.first(where: { $0.status == .error && $0.kind != .check }) {
            return (.error, "\(where_(cell)) stopped with an error: \(cell.diagnostics.first?.message ?? "")")
        }
        return (.ok, nil)
    }

    private static func where_(_ cell: CellResult) -> String {
        switch cell.kind {
        case .exercise: return "the exercise '\(cell.exerciseID ?? "")'"
        case .check: return "a check of '\(cell.exerciseID ?? "")'"
        case .standIn: return "the key's solution of '\(cell.exerciseID ?? "")'"
        case .code: return "the key's code cell at line \(cell.line)"
        case .parameters: return "the parameters given"
        case .plugin: return "the key's \(cell.pluginKind ?? "plugin") cell at line \(cell.line)"
        }
    }
}
