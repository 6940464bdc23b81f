import Foundation
import Testing

/// A bundled lesson that needs a plugin, opened in the REPL: its plugin loads, its cells draw, its exercises pass.
@Suite("the REPL with a lesson that uses a plugin")
struct REPLPluginLessonTests {
    @Test("12-overfitting: the overfitting plugin's drawings show, and an exercise that uses polyfit is solved")
    func overfitting() async throws {
        let home = try TemporaryDirectory()
        let input = "\n\n\n\n\n\n\nwiggly = polyfit(data.x, data.y, 15)\n\n16\n"
        let result = try await REPLRun.piped(["repl", "12"], input: input, home: home)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stderr == "", "\(result)")
        #expect(result.stdout.hasPrefix("12-overfitting: More knobs, worse answers"), "\(result)")
        #expect(result.stdout.contains("polynomial(degree: 3): "), "\(result)")
        #expect(result.stdout.contains("• degree 1   × degree 3   + data"), "\(result)")
        #expect(result.stdout.contains("✔ Solved 'wiggly'."), "\(result)")
        #expect(result.stdout.contains("✔ Right."), "\(result)")
    }
}
