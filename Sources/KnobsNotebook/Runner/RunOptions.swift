import KnobsLang

/// The bounds and settings of one run of a lesson with no person present.
///
/// The limits hold for each cell (its ``Limits/timeout`` is the time one cell
/// may take); ``budget`` bounds the whole run, so that a lesson of many slow
/// cells still ends. The same options on the same lesson give the same
/// result on every machine, time limits aside.
public struct RunOptions: Sendable, Equatable {
    /// The limits on each cell: steps, depth, memory, output and seconds.
    public var limits: Limits
    /// Seconds for the whole run; cells after it is spent do not run.
    public var budget: Double
    /// The random seed; nil takes the lesson's own (`seed:` in its front matter).
    public var seed: UInt64?
    /// How many bytes of each cell's output a result keeps; the rest is counted, not kept.
    public var outputCap: Int
    /// Whether an exercise that is not passed gives way to the key's solution, so
    /// that the cells after it find what they need (recorded as a stand-in).
    public var standIn: Bool
    /// Values assigned right after the lesson's parameters cell (see ``Parameters``).
    public var parameters: Parameters

    public init(limits: Limits = RunOptions.gradingLimits, budget: Double = 60, seed: UInt64? = nil, outputCap: Int = 16_384, standIn: Bool = true,
                parameters: Parameters = Parameters()) {
        self.limits = limits
        self.budget = budget
        self.seed = seed
        self.outputCap = outputCap
        self.standIn = standIn
        self.parameters = parameters
    }

    /// The standard limits with at most 1 MB of output per cell.
    public static let gradingLimits: Limits = {
        var limits = Limits.standard
        limits.maxOutput = 1 << 20
        return limits
    }()
}
