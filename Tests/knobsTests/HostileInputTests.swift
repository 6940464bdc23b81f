import Foundation
import KnobsTestSupport
import Testing

/// Input that is not a program at all must give an error, never a crash or a hang.
@Suite("hostile input gives an error, not a crash")
struct HostileInputTests {
    /// Enough for any of these to finish in a debug build, nine at once, on a busy machine; a hang is killed here.
    static let deadline: Duration = .seconds(60)

    @Test("a file with invalid UTF-8")
    func invalidUTF8() async throws {
        let bytes: [UInt8] = Array("a = 1\n".utf8) + [0xFF, 0xFE, 0xC3, 0x28] + Array(" = 2\na\n".utf8)
        let file = try TemporaryFile(contents: Data(bytes))
        let result = try await KnobsBinary.run(["eval", "-f", file.path], deadline: Self.deadline)
        expectCleanError(result, file: file)
    }

    @Test("invalid UTF-8 on standard input")
    func invalidUTF8OnStandardInput() async throws {
        let result = try await KnobsBinary.run(["eval", "-"], stdin: .pipe(Data([0x31, 0x20, 0x2B, 0x20, 0xC0, 0xAF, 0x0A])), deadline: Self.deadline)
        #expect(!result.timedOut, "\(result)")
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains("standard input") && result.stderr.contains("not UTF-8"), "\(result)")
    }

    @Test("a binary file without braces: NUL bytes, an ELF header, high bytes")
    func binaryWithoutBraces() async throws {
        var bytes: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + Array(repeating: 0, count: 56)
        var state: UInt32 = 12345
        for _ in 0..<4096 {
            state = state &* 1_103_515_245 &+ 12345
            let byte = UInt8(truncatingIfNeeded: state >> 16)
            if byte != UInt8(ascii: "{"), byte != UInt8(ascii: "}") { bytes.append(byte) }
        }
        let file = try TemporaryFile(named: "program.o", contents: Data(bytes))
        let result = try await KnobsBinary.run(["eval", "-f", file.path], deadline: Self.deadline)
        expectCleanError(result, file: file)
    }

    @Test("a binary file with every byte value, in rising order")
    func binaryRising() async throws {
        let bytes = (0..<8).flatMap { _ in (0...255).map { UInt8($0) } }
        let file = try TemporaryFile(named: "rising.bin", contents: Data(bytes))
        let result = try await KnobsBinary.run(["eval", "-f", file.path], deadline: Self.deadline)
        expectCleanError(result, file: file)
    }

    @Test("a binary file with every byte value, in falling order")
    func binaryFalling() async throws {
        // Falling, a '}' comes before its '{' on a line; this once made the parser loop forever.
        let bytes = (0..<8).flatMap { _ in (0...255).reversed().map { UInt8($0) } }
        let file = try TemporaryFile(named: "falling.bin", contents: Data(bytes))
        let result = try await KnobsBinary.run(["eval", "-f", file.path], deadline: Self.deadline)
        expectCleanError(result, file: file)
    }

    @Test("a stray closing brace is a syntax error, not an endless loop", arguments: ["}", "x = 1 }", "if true { 1 } }", "{ 1 }"])
    func strayBrace(_ program: String) async throws {
        let result = try await KnobsBinary.run(["eval", program], deadline: Self.deadline)
        #expect(!result.timedOut, "\(result)")
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains("<eval>:1:"), "\(result)")
    }

    @Test("deep nesting and long chains of every kind give exit 2", arguments: [
        ("parentheses", String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)),
        ("lists", String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)),
        ("unary minus", String(repeating: "-", count: 10_000) + "1"),
        ("powers", String(repeating: "2^", count: 10_000) + "2"),
        ("calls", "fn f(x) = x\n" + String(repeating: "f(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)),
        ("blocks", String(repeating: "if true {\n", count: 10_000) + "1\n" + String(repeating: "}\n", count: 10_000)),
        ("records", "x = " + String(repeating: "{a: ", count: 10_000) + "1" + String(repeating: "}", count: 10_000)),
        ("an 'and' chain", "x = " + Array(repeating: "true", count: 300_000).joined(separator: " and ")),
        ("chains inside parentheses", "x = " + String(repeating: "(", count: 200) + "1" + String(repeating: String(repeating: "+1", count: 2_000) + ")", count: 200)),
    ])
    func deepNesting(_ shape: String, _ program: String) async throws {
        let file = try TemporaryFile(text: program)
        let result = try await KnobsBinary.run(["eval", "-f", file.path], deadline: Self.deadline)
        #expect(!result.timedOut, "\(result.elapsed)")
        #expect(!result.wasSignalled, "crashed with signal \(result.status)")
        #expect(result.exitCode == 2, "\(shape): exit \(result.status)")
        #expect(result.stderr.contains("nested too deeply"), "\(shape): \(result.stderr.prefix(300))")
        #expect(result.stdout == "")
    }

    @Test("the largest limits a user can type do not crash", arguments: [
        ["--max-steps", "9223372036854775807"],
        ["--max-memory", "9223372036854775807"],
        ["--max-output", "9223372036854775807"],
        ["--max-depth", "100000"],
        ["--timeout", "9e15"],
    ])
    func hugeLimits(_ option: [String]) async throws {
        let result = try await KnobsBinary.run(["eval"] + option + ["xs = [1, 2]; str(len(xs)) * 2"], deadline: Self.deadline)
        #expect(!result.wasSignalled, "crashed with signal \(result.status)")
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "\"22\"\n")
    }

    @Test("a timeout too large for the clock is rejected or runs, never crashes")
    func hugeTimeout() async throws {
        let result = try await KnobsBinary.run(["eval", "--timeout", "1e300", "1"], deadline: Self.deadline)
        #expect(!result.wasSignalled, "crashed with signal \(result.status): \(result.stderr.prefix(200))")
        #expect(result.exitCode == 0 || result.exitCode == 2, "\(result)")
    }

    @Test(
        "under a small address-space limit (ulimit -v), knobs ends instead of hanging",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/sh"), "needs /bin/sh"),
        .disabled(if: Sanitizer.isActive, "a sanitizer's shadow memory cannot be mapped under ulimit -v")
    )
    func smallAddressSpace() async throws {
        let knobs = try #require(KnobsBinary.url)
        let result = try await ChildProcess.run(
            executable: URL(fileURLWithPath: "/bin/sh"),
            arguments: ["-c", "ulimit -v 400000 && exec \"$0\" eval '1 + 1'", knobs.path],
            stdin: .null,
            environment: KnobsBinary.baseEnvironment,
            deadline: .seconds(5)
        )
        #expect(!result.timedOut, "still running at the deadline")
        #expect(!result.wasSignalled, "crashed with signal \(result.status)")
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "2\n")
    }

    @Test("control characters of a source line are not echoed raw to the terminal")
    func controlCharactersInEcho() async throws {
        let file = try TemporaryFile(text: "x = 1\n\u{1B}[31mred\u{07}\n")
        let result = try await KnobsBinary.run(["eval", "-f", file.path], deadline: Self.deadline)
        #expect(result.exitCode == 2, "\(result)")
        #expect(!result.stderr.contains("\u{1B}"), "an escape sequence from the file reached stderr")
        #expect(!result.stderr.contains("\u{07}"), "a bell from the file reached stderr")
    }

    private func expectCleanError(_ result: RunResult, file: TemporaryFile, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!result.timedOut, "still running at the deadline", sourceLocation: sourceLocation)
        #expect(!result.wasSignalled, "crashed with signal \(result.status)", sourceLocation: sourceLocation)
        #expect(result.exitCode == 2, "exit \(result.status)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains("error"), sourceLocation: sourceLocation)
        #expect(result.stderr.contains(file.path), sourceLocation: sourceLocation)
        #expect(result.stdout == "", sourceLocation: sourceLocation)
    }
}
