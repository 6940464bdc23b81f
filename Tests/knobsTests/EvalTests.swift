import Foundation
import Testing

/// `knobs eval`: code from an argument, a file or standard input; the value of
/// the last expression on standard output.
@Suite("knobs eval runs code and prints the last value")
struct EvalTests {
    @Test("an expression prints its value")
    func expression() async throws {
        let result = try await KnobsBinary.run(["eval", "2*3 + 1"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "7\n")
        #expect(result.stderr == "")
    }

    @Test("whole numbers print without .0, others in full")
    func numbers() async throws {
        #expect(try await KnobsBinary.run(["eval", "2^10"]).stdout == "1024\n")
        #expect(try await KnobsBinary.run(["eval", "10/4"]).stdout == "2.5\n")
    }

    @Test("statements separated by semicolons")
    func semicolons() async throws {
        let result = try await KnobsBinary.run(["eval", "a = 2; b = 3; 2*a + b"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "7\n")
        #expect(result.stderr == "")
    }

    @Test("statements separated by newlines")
    func newlines() async throws {
        let result = try await KnobsBinary.run(["eval", "a = 2\nb = 3\n\n2*a + b\n"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "7\n")
    }

    @Test("a program that ends in a statement prints nothing more")
    func endsInStatement() async throws {
        let result = try await KnobsBinary.run(["eval", "x = 5"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr == "")
    }

    @Test("print writes to standard output before the final value")
    func printThenValue() async throws {
        let result = try await KnobsBinary.run(["eval", "print(\"hello\"); 1 + 1"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "hello\n2\n")
    }

    @Test("-f FILE and --file FILE run a file", arguments: ["-f", "--file"])
    func file(flag: String) async throws {
        let program = try TemporaryFile(text: "# a comment\nw = 0.5\nb = 1\nw*4 + b\n")
        let result = try await KnobsBinary.run(["eval", flag, program.path])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "3\n")
        #expect(result.stderr == "")
    }

    @Test("diagnostics of a file name the file, line and column")
    func fileDiagnostics() async throws {
        let program = try TemporaryFile(text: "a = 1\nb = a +\n")
        let result = try await KnobsBinary.run(["eval", "-f", program.path])
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains("\(program.path):2:"), "\(result)")
    }

    @Test("- reads the program from piped standard input")
    func standardInput() async throws {
        let result = try await KnobsBinary.run(["eval", "-"], stdin: .text("x = 16\nsqrt(x)\n"))
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "4\n")
        #expect(result.stderr == "")
    }

    @Test("diagnostics of standard input name <stdin>")
    func standardInputDiagnostics() async throws {
        let result = try await KnobsBinary.run(["eval", "-"], stdin: .text("x = 1\ny = x *\n"))
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains("<stdin>:2:"), "\(result)")
    }

    @Test("diagnostics of inline code name <eval>")
    func inlineDiagnostics() async throws {
        let result = try await KnobsBinary.run(["eval", "1 +"])
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains("<eval>:1:4"), "\(result)")
    }

    @Test("empty standard input is an empty program")
    func emptyStandardInput() async throws {
        let result = try await KnobsBinary.run(["eval", "-"], stdin: .null)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr == "")
    }

    @Test("-- lets code start with a minus sign")
    func leadingMinus() async throws {
        let result = try await KnobsBinary.run(["eval", "--", "-2 + 3"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "1\n")
    }
}
