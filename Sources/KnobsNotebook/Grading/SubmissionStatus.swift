/// What became of one submission; every submission gets one, with a reason.
public enum SubmissionStatus: String, Sendable, CaseIterable, Codable {
    /// Graded: every cell ran (its score may still be anything).
    case ok
    /// Graded, but some code stopped with an error.
    case error
    /// Graded, but some code hit a limit (time, steps, depth, memory, output), or the run's budget ran out.
    case limit
    /// Not a lesson that can be read: not UTF-8 text, no front matter, a cell never closed, an exercise id twice.
    case malformed
    /// A lesson, but another one than the key.
    case wrongLesson = "wrong-lesson"
    /// The file is empty, or holds only white space.
    case empty
    /// Larger than the grader reads.
    case tooLarge = "too-large"
    /// The file cannot be read at all, or is not a regular file (a named pipe, a device), which is never read.
    case unreadable

    /// Whether the submission was run against the key.
    public var wasGraded: Bool { self == .ok || self == .error || self == .limit }
}
