import Foundation
import Testing
import KnobsEngine
@testable import KnobsLang

/// Thousands of random programs: none may crash the process, hang, or report
/// an error whose place lies outside the program.
@Suite("Random programs")
struct RandomProgramTests {
    static let fragments: [String] = [
        "a", "b", "xs", "f", "g", "r", "print", "len", "map", "filter", "append", "near", "expect", "range",
        "seed", "rand", "randn", "sum", "str", "fmt", "sqrt", "min", "max", "sorted", "keys", "help", "show",
        "0", "1", "2", "2.5", "-1", "1e308", "1e999", "9007199254740993", "1_000", "nan", "inf", "pi",
        "\"s\"", "\"{a}\"", "\"{\"", "'x'", "\"\\u{1F600}\"", "\"{a:.2}\"", "\"\\q\"",
        "fn", "return", "if", "else", "while", "for", "in", "break", "continue", "and", "or", "not",
        "true", "false", "nil", "global", "nonlocal",
        "+", "-", "*", "/", "%", "^", "@", "=", "==", "!=", "<", "<=", ">", ">=", "+=", "-=", "*=", "/=",
        "(", ")", "[", "]", "{", "}", ",", ".", ":", ";", "..<", "...", "\n", "\n", "#c\n", "é", "$", "\\",
    ]

    static let templates: [String] = [
        "a = {0}\nb = {1}\na {op} b",
        "fn f(x) = x {op} {0}\nf({1})",
        "fn f(x) { if x < 1 { return {0} } \n return f(x - 1) {op} {1} }\nf(5)",
        "xs = [{0}, {1}]\nxs.append({0})\nxs[{1}]",
        "r = {lr: {0}}\nr.lr {op}= {1}\nr",
        "for i in {0}..<{1} { print(i {op} 2) }",
        "s = 0\nwhile s < {0} { s += {1} }\ns",
        "map([{0}, {1}], fn(x) = x {op} {1})",
        "xs = []\nfor i in 0..<{0} { xs = append(xs, xs) }\nlen(xs)",
        "\"{{0}:.3}\" + str({1})",
        "fn c() { n = {0}; fn k() { nonlocal n; n {op}= {1}; return n }; return k }\nk = c()\nk()\nk()",
        "seed({0}); [rand(), randn()] {op} {1}",
        "near({0}, {1}, tol: {0})",
        "expect({0} {op} {1}, \"m\")",
        "range({0}, {1}, {0})",
        "[{0}] * {1}",
        "\"ab\" * {1}",
    ]

    static let operands = ["0", "1", "-3", "2.5", "1e300", "-1e300", "nan", "\"t\"", "[1, 2]", "{a: 1}", "nil", "true", "0..<3", "fn(x) = x", "1e15"]
    static let operators = ["+", "-", "*", "/", "%", "^", "==", "<", "and", "in", "@"]

    /// Rounds per test; set KNOBS_RANDOM_ROUNDS for a longer hunt.
    static let rounds = ProcessInfo.processInfo.environment["KNOBS_RANDOM_ROUNDS"].flatMap { Int($0) } ?? 1500

    static let limits = Limits(maxSteps: 20_000, maxDepth: 60, maxMemory: 20_000, timeout: 2, maxOutput: 20_000)

    @Test("token soup never crashes and every error points inside the program")
    func tokenSoup() {
        var random = RandomGenerator(seed: 2024)
        var interpreter = Interpreter(limits: Self.limits) { _ in }
        for round in 0..<Self.rounds {
            if round % 100 == 0 { interpreter = Interpreter(limits: Self.limits) { _ in } }
            let count = Int(random.below(40)) + 1
            let text = (0..<count).map { _ in Self.fragments[Int(random.below(UInt64(Self.fragments.count)))] }.joined(separator: " ")
            check(text, in: interpreter)
        }
    }

    @Test("programs from templates with odd operands never crash")
    func templates() {
        var random = RandomGenerator(seed: 7)
        let interpreter = Interpreter(limits: Self.limits) { _ in }
        for _ in 0..<Self.rounds {
            var text = Self.templates[Int(random.below(UInt64(Self.templates.count)))]
            text = text.replacingOccurrences(of: "{op}", with: Self.operators[Int(random.below(UInt64(Self.operators.count)))])
            text = text.replacingOccurrences(of: "{0}", with: Self.operands[Int(random.below(UInt64(Self.operands.count)))])
            text = text.replacingOccurrences(of: "{1}", with: Self.operands[Int(random.below(UInt64(Self.operands.count)))])
            check(text, in: interpreter)
        }
    }

    @Test("random bytes, including invalid UTF-8, never crash")
    func randomBytes() {
        var random = RandomGenerator(seed: 99)
        let interpreter = Interpreter(limits: Self.limits) { _ in }
        for _ in 0..<Self.rounds / 3 {
            let bytes = (0..<Int(random.below(60))).map { _ in UInt8(truncatingIfNeeded: random.nextUInt64()) }
            check(String(decoding: bytes, as: UTF8.self), in: interpreter)
        }
    }

    private func check(_ text: String, in interpreter: Interpreter) {
        let source = SourceFile(name: "<random>", text: text)
        let outcome = interpreter.run(source)
        for diagnostic in outcome.diagnostics {
            #expect(!diagnostic.message.isEmpty, "empty message for: \(text)")
            if let range = diagnostic.range, diagnostic.source === source {
                #expect(range.start >= 0 && range.end <= source.bytes.count, "range \(range) outside \(source.bytes.count) bytes for: \(text)")
            }
            #expect(!DiagnosticRenderer(color: false).render(diagnostic).isEmpty)
        }
        if outcome.diagnostics.isEmpty { #expect(outcome.exitCode == 0) } else { #expect(outcome.exitCode != 0) }
    }
}
