/// How one exercise fared: its status, its checks and its score.
public struct ExerciseResult: Sendable {
    /// How an exercise ended; only ``passed`` scores.
    public enum Status: String, Sendable, CaseIterable {
        /// Every check, visible and hidden, passed.
        case passed
        /// The code ran but a check failed (it may still score a share when the key weighs its checks).
        case failed
        /// The code stopped with an error.
        case error
        /// The code hit a limit.
        case limit
        /// The code still holds `___`, is empty, or is the starter code unchanged.
        case unfinished
        /// The submission has no exercise with this id.
        case missing
        /// It did not run: the run's time budget was spent.
        case notRun = "not-run"
    }

    public var id: String
    /// What passing it is worth.
    public var points: Double
    /// What it scored: ``points`` when passed, a share of them when the key weighs its checks, else 0.
    public var score: Double
    public var status: Status
    /// Why it did not pass, in words for the learner and the teacher.
    public var reason: String?
    /// Every check, in the order written; those that did not run count as failed.
    public var checks: [CheckResult]
    /// Whether the key's solution ran after it so that later cells could work.
    public var stoodIn: Bool
    /// Library names (`expect`, `near`, …) the code gave values of its own; checks ignore them.
    public var reboundLibraryNames: [String]
    /// Functions of the key's code cells (its helpers) the code gave values of its own; checks
    /// call the key's. Names an exercise of the key defines are the learner's and never listed.
    public var reboundKeyNames: [String] = []
}

/// One check of an exercise: passed or not, and what its author says when it fails.
public struct CheckResult: Sendable {
    /// How a check ended.
    public enum Status: String, Sendable {
        case passed
        /// An `expect` did not hold: the message is the author's.
        case failed
        /// The check stopped with an error or a limit.
        case error
        /// The exercise did not get that far (unfinished, missing, an error), so the check did not run.
        case notRun = "not-run"
    }

    public var exerciseID: String
    /// 1-based among the exercise's checks.
    public var number: Int
    /// The line of its opening fence in the key.
    public var line: Int
    /// Whether it is hidden: the learner's copy does not have it.
    public var hidden: Bool
    /// Its share of the exercise's points when the key weighs checks (1 unless `weight=` says otherwise).
    public var weight: Double
    public var status: Status
    /// Why it failed: the author's message, or the error.
    public var message: String?
    /// Seconds it took (0 when it did not run).
    public var duration: Double = 0

    public var passed: Bool { status == .passed }

    /// `make-ten check 1` or `make-ten hidden check 2`: a stable name for reports.
    public var name: String {
        "\(exerciseID) \(hidden ? "hidden check" : "check") \(number)"
    }
}
