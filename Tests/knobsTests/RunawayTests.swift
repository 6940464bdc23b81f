import Foundation
import Testing

/// Untrusted code that never ends must be stopped by the default limits, with
/// exit code 3 and a message, never a hang or a crash.
///
/// The deadline is a hang guard, not a performance test (speed is measured by
/// benchmarks): a child still running at the deadline is killed and fails the
/// test. How long the limits take is not asserted: on two cores shared with a
/// parallel build, the ten-second wall-clock limit alone stretched past 20 s.
@Suite("default limits stop runaway programs")
struct RunawayTests {
    static let hangGuard: Duration = .seconds(60)

    static let programs: [(String, String)] = [
        ("an empty endless loop", "while true {}"),
        ("runaway recursion", "fn f() = f()\nf()"),
        ("runaway recursion that is not a tail call", "fn f(n) = f(n + 1) + 1\nf(0)"),
        ("a list that doubles forever", "xs = []; while true { xs = append(xs, xs) }"),
    ]

    @Test("is stopped with exit 3", arguments: programs)
    func stopped(_ name: String, _ program: String) async throws {
        let result = try await KnobsBinary.run(["eval", program], deadline: Self.hangGuard)
        #expect(!result.timedOut, "\(name) still ran at the deadline: \(result)")
        #expect(result.exitCode == 3, "\(result)")
        #expect(result.stderr.contains("limit reached"), "\(result)")
        #expect(result.stdout == "")
    }
}
