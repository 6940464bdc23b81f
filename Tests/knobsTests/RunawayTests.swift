import Foundation
import Testing

/// Untrusted code that never ends must be stopped by the default limits, with
/// exit code 3 and a message, never a hang or a crash.
///
/// The time bound is a hang guard, not a performance test: the issue asks for
/// "a second or two" with default limits, but a debug build on two busy cores
/// needs several seconds of CPU for 200 million empty loop steps, so the bound
/// is generous. The deadline kills a child that truly hangs.
@Suite("default limits stop runaway programs")
struct RunawayTests {
    static let hangGuard: Duration = .seconds(20)

    static let programs: [(String, String)] = [
        ("an empty endless loop", "while true {}"),
        ("runaway recursion", "fn f() = f()\nf()"),
        ("runaway recursion that is not a tail call", "fn f(n) = f(n + 1) + 1\nf(0)"),
        ("a list that doubles forever", "xs = []; while true { xs = append(xs, xs) }"),
    ]

    @Test("is stopped with exit 3", arguments: programs)
    func stopped(_ name: String, _ program: String) async throws {
        let result = try await KnobsBinary.run(["eval", program], deadline: Self.hangGuard * 3)
        #expect(!result.timedOut, "\(name) still ran at the deadline: \(result)")
        #expect(result.exitCode == 3, "\(result)")
        #expect(result.stderr.contains("limit reached"), "\(result)")
        #expect(result.stdout == "")
        #expect(result.elapsed < Self.hangGuard, "\(name) took \(result.elapsed)")
    }
}
