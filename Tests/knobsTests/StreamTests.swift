import Foundation
import Testing

/// Results on standard output, diagnostics on standard error, never mixed.
@Suite("results go to stdout, diagnostics to stderr")
struct StreamTests {
    @Test("a runtime error keeps what was printed on stdout and the error on stderr")
    func runtimeError() async throws {
        let result = try await KnobsBinary.run(["eval", "print(\"before\")\n\"a\" + 1\nprint(\"after\")"])
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stdout == "before\n")
        #expect(result.stderr.contains("runtime error"), "\(result)")
        #expect(result.stderr.contains("cannot add a string and a number"), "\(result)")
        #expect(!result.stderr.contains("before"))
    }

    @Test("a syntax error writes nothing to stdout")
    func syntaxError() async throws {
        let result = try await KnobsBinary.run(["eval", "print(\"never\")\nx = (1 +"])
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr.contains("error"), "\(result)")
    }

    @Test("a failed check explains itself on stderr")
    func failedCheck() async throws {
        let result = try await KnobsBinary.run(["eval", "expect(1 + 1 == 3, \"arithmetic is broken\")"])
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr.contains("arithmetic is broken"), "\(result)")
    }

    @Test("a usage error writes only to stderr")
    func usageError() async throws {
        let result = try await KnobsBinary.run(["eval", "--no-such-option", "1"])
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr.contains("--no-such-option"), "\(result)")
    }

    @Test("a hit limit writes only to stderr")
    func limit() async throws {
        let result = try await KnobsBinary.run(["eval", "--max-steps", "100", "while true {}"])
        #expect(result.exitCode == 3, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr.contains("limit reached"), "\(result)")
    }
}
