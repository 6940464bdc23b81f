/// The grade of one submission: its status and reason, its score, and the run behind it.
public struct GradeResult: Sendable {
    /// The submission's path, as given.
    public var submission: String
    public var status: SubmissionStatus
    /// Why the status is what it is, in a sentence; nil for a clean ``SubmissionStatus/ok``.
    public var reason: String?
    /// The points scored (0 when the submission was not graded).
    public var score: Double
    /// The points there are: the key's.
    public var maxScore: Double
    /// Seconds grading it took.
    public var duration: Double
    /// What the grader ignored and the teacher should know (edited key cells, unknown exercises, rebound library names).
    public var flags: [String]
    /// The run against the key, when it was graded.
    public var run: LessonRun?

    /// Whether it scored every point.
    public var isFullMarks: Bool { status.wasGraded && score >= maxScore }
}

extension GradeResult {
    /// The result of a lesson's own run (`knobs run`), as a one-submission report shows it.
    public init(run: LessonRun, name: String) {
        let (status, reason) = Grader.status(of: run)
        self.init(submission: name, status: status, reason: reason, score: run.score, maxScore: run.maxScore,
                  duration: run.duration, flags: [], run: run)
    }
}

extension GradeResult {
    /// The result as a report needs it: everything a report shows (status, score, flags,
    /// exercises, checks, questions, the words of each limit hit), without what the cells
    /// printed and their other diagnostics, which no report shows: up to 16 KB of output a
    /// cell kept, for each of the results a batch has waiting at once.
    public var forReport: GradeResult {
        var result = self
        result.run?.cells = run?.cells.map { cell in
            var cell = cell
            cell.output = ""
            cell.diagnostics = cell.status == .limit ? Array(cell.diagnostics.filter { $0.kind == .limit }.prefix(1)) : []
            return cell
        } ?? []
        return result
    }
}
