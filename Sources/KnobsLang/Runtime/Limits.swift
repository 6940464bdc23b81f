/// Bounds on one run of untrusted code. Hitting one ends the run with exit code 3.
///
/// The defaults never bother a learner but stop `while true {}` and its
/// relatives within a second or two.
public struct Limits: Sendable, Equatable {
    /// Loop iterations plus function calls (and work inside natives, counted alike).
    public var maxSteps: Int
    /// How deep calls may nest.
    public var maxDepth: Int
    /// The most cells one value may hold: list items, record fields and string bytes, counted through nesting.
    public var maxMemory: Int
    /// Wall-clock seconds for the whole run.
    public var timeout: Double
    /// Bytes of program output.
    public var maxOutput: Int
    /// Bytes of memory the whole process may use (resident set): the net under
    /// many values that are each within ``maxMemory``. Checked when big values
    /// are built and every million steps, where the system can tell (Linux).
    public var maxResident: Int

    public init(maxSteps: Int = 50_000_000, maxDepth: Int = 2_000, maxMemory: Int = 20_000_000, timeout: Double = 10, maxOutput: Int = 4_000_000, maxResident: Int = 2 << 30) {
        self.maxSteps = maxSteps
        self.maxDepth = maxDepth
        self.maxMemory = maxMemory
        self.timeout = timeout
        self.maxOutput = maxOutput
        self.maxResident = maxResident
    }

    /// The defaults described above.
    public static let standard = Limits()
}
