/// Bounds on one run of untrusted code. Hitting one ends the run with exit code 3.
///
/// The defaults never bother a learner but stop `while true {}` and its
/// relatives within a second or two.
public struct Limits: Sendable, Equatable {
    /// Loop iterations plus function calls (and work inside natives, counted alike).
    public var maxSteps: Int
    /// How deep calls may nest.
    public var maxDepth: Int
    /// The most cells one value may hold: list items, record fields, string bytes / 8, counted through nesting.
    public var maxMemory: Int
    /// Wall-clock seconds for the whole run.
    public var timeout: Double
    /// Bytes of program output.
    public var maxOutput: Int

    public init(maxSteps: Int = 50_000_000, maxDepth: Int = 2_000, maxMemory: Int = 20_000_000, timeout: Double = 10, maxOutput: Int = 4_000_000) {
        self.maxSteps = maxSteps
        self.maxDepth = maxDepth
        self.maxMemory = maxMemory
        self.timeout = timeout
        self.maxOutput = maxOutput
    }

    /// The defaults described above.
    public static let standard = Limits()
}
