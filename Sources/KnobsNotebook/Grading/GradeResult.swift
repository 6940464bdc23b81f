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
    /// The result as a batch keeps it until its report is written: everything a report
    /// shows (status, score, flags, exercises, checks, questions), without what the cells
    /// printed and their diagnostics, which no report shows. Up to 16 KB of output a cell
    /// kept for each of 10,000 submissions would make memory grow with the batch.
    public var forReport: GradeResult {
        var result = self
        result.run?.cells = run?.cells.map { cell in
            var cell = cell
            (cell.output, cell.diagnostics) = ("", [])
            return cell
        } ?? []
        return result
    }
}
