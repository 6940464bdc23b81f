import Foundation
import Testing

/// Colour only on a terminal, and never with `NO_COLOR`.
@Suite("colour only on a terminal")
struct ColorTests {
    static let escape = "\u{1B}["
    /// A program whose diagnostic would be coloured: the error, the gutter, the caret, the hint.
    static let failing = ["eval", "weight = 1\nwieght + 1"]

    @Test("no ANSI escapes when stderr is not a terminal")
    func notATerminal() async throws {
        let result = try await KnobsBinary.run(Self.failing)
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains("did you mean 'weight'?"), "\(result)")
        #expect(!result.stderr.contains(Self.escape))
        #expect(!result.stdout.contains(Self.escape))
    }

    @Test("no ANSI escapes with NO_COLOR, even off a terminal")
    func noColorOffTerminal() async throws {
        let result = try await KnobsBinary.run(Self.failing, environment: ["NO_COLOR": "1"])
        #expect(result.exitCode == 2, "\(result)")
        #expect(!result.stderr.contains(Self.escape))
    }

    @Test("colour on a pseudo-terminal", .enabled(if: PseudoTerminal.isAvailable, PseudoTerminal.unavailableReason))
    func terminal() async throws {
        let result = try await PseudoTerminal.run(Self.failing)
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stdout.contains(Self.escape), "\(result)")
        // The colours change nothing else.
        #expect(PseudoTerminal.withoutEscapes(result.stdout).contains("did you mean 'weight'?"), "\(result)")
    }

    @Test("no colour on a pseudo-terminal with NO_COLOR=1", .enabled(if: PseudoTerminal.isAvailable, PseudoTerminal.unavailableReason))
    func terminalWithNoColor() async throws {
        let result = try await PseudoTerminal.run(Self.failing, environment: ["NO_COLOR": "1"])
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stdout.contains("did you mean 'weight'?"), "\(result)")
        #expect(!result.stdout.contains(Self.escape), "\(result)")
    }

    @Test("no colour on a pseudo-terminal with TERM=dumb", .enabled(if: PseudoTerminal.isAvailable, PseudoTerminal.unavailableReason))
    func dumbTerminal() async throws {
        let result = try await PseudoTerminal.run(Self.failing, environment: ["TERM": "dumb"])
        #expect(result.exitCode == 2, "\(result)")
        #expect(!result.stdout.contains(Self.escape), "\(result)")
    }
}

/// Runs knobs on a pseudo-terminal through util-linux `script`, so that
/// `isatty` is true for its stdout and stderr.
enum PseudoTerminal {
    static let script = "/usr/bin/script"

    /// util-linux `script` with `-e` (return the child's exit code) and `-c`.
    static let isAvailable: Bool = {
        guard FileManager.default.isExecutableFile(atPath: script) else { return false }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: script)
        probe.arguments = ["--version"]
        let output = Pipe()
        probe.standardOutput = output
        probe.standardError = output
        probe.standardInput = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        probe.waitUntilExit()
        return text.contains("util-linux")
    }()

    static let unavailableReason: Comment = "needs util-linux script(1) at /usr/bin/script to give knobs a pseudo-terminal"

    /// Runs knobs on a terminal; its stdout and stderr both arrive in `stdout`.
    static func run(_ arguments: [String], environment: [String: String?] = [:]) async throws -> RunResult {
        let knobs = try #require(KnobsBinary.url)
        let command = ([knobs.path] + arguments).map(shellQuoted).joined(separator: " ")
        return try await ChildProcess.run(
            executable: URL(fileURLWithPath: script),
            arguments: ["--quiet", "--return", "--command", command, "/dev/null"],
            stdin: .null,
            environment: KnobsBinary.merged(environment),
            deadline: .seconds(60)
        )
    }

    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    static func withoutEscapes(_ text: String) -> String {
        text.replacing(/\u{1B}\[[0-9;]*m/, with: "")
    }
}
