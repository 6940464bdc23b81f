import Foundation
import Testing

/// The bundled lessons that need a plugin, opened in the REPL: the plugin loads, its cells draw, their exercises pass.
@Suite("the REPL with a lesson that uses a plugin")
struct REPLPluginLessonTests {
    @Test("11-overfitting: the overfitting plugin's drawings show, and an exercise that uses polyfit is solved")
    func overfitting() async throws {
        let home = try TemporaryDirectory()
        let input = "\n\n\n\n\n\n\nwiggly = polyfit(data.x, data.y, 15)\n\n16\n"
        let result = try await REPLRun.piped(["repl", "11"], input: input, home: home)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stderr == "", "\(result)")
        #expect(result.stdout.hasPrefix("11-overfitting: More knobs, worse answers"), "\(result)")
        #expect(result.stdout.contains("polynomial(degree: 3): "), "\(result)")
        #expect(result.stdout.contains("• degree 1   × degree 3   + data"), "\(result)")
        #expect(result.stdout.contains("✔ Solved 'wiggly'."), "\(result)")
        #expect(result.stdout.contains("✔ Right."), "\(result)")
    }

    @Test("10-optimizers: the first exercise answered right, then the race of plain descent against momentum, its table and its paths")
    func optimizers() async throws {
        let home = try TemporaryDirectory()
        // Twelve steps to the first exercise, its answer, the question after it, the second exercise, then on to the race.
        let input = String(repeating: "\n", count: 12) + "0.08\n\nb\n\nmu*v + g\n" + String(repeating: "\n", count: 7)
        let result = try await REPLRun.piped(["repl", "10"], input: input, home: home)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stderr == "", "\(result)")
        #expect(result.stdout.hasPrefix("10-optimizers: Faster ways downhill"), "\(result)")
        #expect(result.stdout.contains("✔ Solved 'narrow-valley'."), "\(result)")
        #expect(result.stdout.contains("✔ Solved 'velocity'."), "\(result)")
        #expect(result.stdout.contains("optimizer │ ended at"), "the race's table: \(result)")
        #expect(result.stdout.contains(try Regex(#"\nplain +│ \(.*│ not in 60 steps\n"#)), "plain descent does not arrive: \(result)")
        #expect(result.stdout.contains(try Regex(#"\nmomentum +│ \(.*│ after \d+ steps, at \(0, 0\)\n"#)), "momentum arrives: \(result)")
        #expect(result.stdout.contains("• plain   × momentum   ○ start   ★ minimum"), "the paths' legend: \(result)")
    }
}
