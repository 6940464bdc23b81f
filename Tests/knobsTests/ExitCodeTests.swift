import Foundation
import Testing

/// One command line and the exit code the design gives it.
struct ExitCase: Sendable, CustomTestStringConvertible {
    let arguments: [String]
    let code: Int32
    /// Text that the diagnostic on stderr must contain.
    let says: String
    let testDescription: String

    init(_ testDescription: String, _ arguments: [String], code: Int32, says: String) {
        self.testDescription = testDescription
        self.arguments = arguments
        self.code = code
        self.says = says
    }
}

/// Exit codes: 0 ok, 1 a runtime error or failed check, 2 bad input, 3 a limit.
@Suite("exit codes follow the design")
struct ExitCodeTests {
    static let successCases: [ExitCase] = [
        ExitCase("an expression", ["eval", "1"], code: 0, says: ""),
        ExitCase("a passing check", ["eval", "expect(near(0.1 + 0.2, 0.3), \"close enough\")"], code: 0, says: ""),
        ExitCase("an empty program", ["eval", ""], code: 0, says: ""),
    ]

    static let runtimeErrorsCases: [ExitCase] = [
        ExitCase("adding a string and a number", ["eval", "\"a\" + 1"], code: 1, says: "runtime error"),
        ExitCase("an index out of range", ["eval", "xs = [1, 2]\nxs[5]"], code: 1, says: "out of range"),
        ExitCase("a failed expect with a message", ["eval", "expect(false, \"nope\")"], code: 1, says: "nope"),
        ExitCase("a failed expect without a message", ["eval", "expect(1 == 2)"], code: 1, says: "check failed"),
    ]

    static let badInputCases: [ExitCase] = [
        ExitCase("a syntax error", ["eval", "1 +"], code: 2, says: "error"),
        ExitCase("an unclosed parenthesis", ["eval", "f(1, 2"], code: 2, says: "error"),
        ExitCase("a missing file", ["eval", "-f", "/nonexistent/knobs/program.knobs"], code: 2, says: "there is no folder /nonexistent/knobs"),
        ExitCase("a directory instead of a file", ["eval", "-f", "/"], code: 2, says: "it is a folder"),
        ExitCase("eval without code", ["eval"], code: 2, says: "give the code to run"),
        ExitCase("both code and a file", ["eval", "-f", "/dev/null", "1"], code: 2, says: "not both"),
        ExitCase("two pieces of code", ["eval", "1", "2"], code: 2, says: "Unexpected argument"),
        ExitCase("an unknown option of the root", ["--bogus"], code: 2, says: "Unknown option '--bogus'"),
        ExitCase("an unknown option of eval", ["eval", "--bogus", "1"], code: 2, says: "Unknown option '--bogus'"),
        ExitCase("an unknown subcommand", ["frobnicate"], code: 2, says: "frobnicate"),
        ExitCase("--max-steps 0", ["eval", "--max-steps", "0", "1"], code: 2, says: "--max-steps must be at least 1"),
        ExitCase("--max-depth 0", ["eval", "--max-depth", "0", "1"], code: 2, says: "--max-depth"),
        ExitCase("--max-memory 0", ["eval", "--max-memory", "0", "1"], code: 2, says: "--max-memory"),
        ExitCase("--max-output 0", ["eval", "--max-output", "0", "1"], code: 2, says: "--max-output"),
        ExitCase("--timeout 0", ["eval", "--timeout", "0", "1"], code: 2, says: "--timeout"),
        ExitCase("--timeout nan", ["eval", "--timeout", "nan", "1"], code: 2, says: "--timeout"),
        ExitCase("--max-steps that is not a number", ["eval", "--max-steps", "many", "1"], code: 2, says: "'many'"),
        ExitCase("an unknown completion shell", ["--generate-completion-script", "tcsh"], code: 2, says: "tcsh"),
    ]

    static let limitsCases: [ExitCase] = [
        ExitCase("--max-steps", ["eval", "--max-steps", "1000", "while true {}"], code: 3, says: "steps"),
        ExitCase("--max-depth", ["eval", "--max-depth", "50", "fn f(n) = f(n + 1)\nf(0)"], code: 3, says: "nested calls"),
        ExitCase("--max-memory", ["eval", "--max-memory", "1000", "xs = []\nwhile true { xs = append(xs, 1) }"], code: 3, says: "memory"),
        ExitCase("--max-output", ["eval", "--max-output", "10", "for i in 0..<100 { print(i) }"], code: 3, says: "printed more"),
        ExitCase("--timeout", ["eval", "--timeout", "0.2", "--max-steps", "1000000000000", "while true {}"], code: 3, says: "longer than"),
    ]

    @Test("exit 0: the program ran", arguments: successCases)
    func ok(_ example: ExitCase) async throws {
        try await check(example)
    }

    @Test("exit 1: a runtime error or a failed check", arguments: runtimeErrorsCases)
    func runtimeError(_ example: ExitCase) async throws {
        try await check(example)
    }

    @Test("exit 2: bad input or usage", arguments: badInputCases)
    func badInput(_ example: ExitCase) async throws {
        try await check(example)
    }

    @Test("exit 3: a limit was hit", arguments: limitsCases)
    func limit(_ example: ExitCase) async throws {
        let result = try await check(example)
        #expect(result.stderr.contains("limit reached"), "\(result)")
    }

    @discardableResult
    private func check(_ example: ExitCase) async throws -> RunResult {
        let result = try await KnobsBinary.run(example.arguments, deadline: .seconds(30))
        #expect(!result.timedOut, "\(result)")
        #expect(result.exitCode == example.code, "\(result)")
        if example.code == 0 {
            #expect(result.stderr == "", "\(result)")
        } else {
            #expect(result.stderr.contains(example.says), "\(result)")
        }
        return result
    }
}
