import Testing
@testable import KnobsLang

/// One interpreter across several runs, as the REPL and a lesson's cells use it.
@Suite("Interpreter across runs")
struct InterpreterTests {
    final class Output: @unchecked Sendable {
        var text = ""
    }

    private func run(_ interpreter: Interpreter, _ code: String) -> Interpreter.Outcome {
        interpreter.run(SourceFile(name: "<test>", text: code))
    }

    @Test("top-level variables and functions carry over to the next run")
    func globalsPersist() {
        let interpreter = Interpreter { _ in }
        #expect(run(interpreter, "w = 2\nfn line(x) = w * x + 1").diagnostics.isEmpty)
        #expect(run(interpreter, "line(3)").value == .number(7))
        #expect(interpreter.value(of: "w") == .number(2))
        #expect(interpreter.variableNames.contains("line"))
    }

    @Test("after an error, even deep inside calls and callbacks, the next run works")
    func usableAfterErrors() {
        let interpreter = Interpreter { _ in }
        _ = run(interpreter, "fn f(n) = map([n], fn(x) = g(x))\nfn g(x) = x + \"a\"")
        let failed = run(interpreter, "f(1)")
        #expect(failed.exitCode == 1)
        #expect(failed.diagnostics.first?.notes.count == 3)
        let deep = run(interpreter, "fn r(n) = r(n + 1)\nr(0)")
        #expect(deep.exitCode == 3)
        #expect(run(interpreter, "fn fib(n) { if n < 2 { return n }; return fib(n-1) + fib(n-2) }\nfib(15)").value == .number(610))
    }

    @Test("a function of an earlier run still runs after it assigns its own variable away")
    func functionOutlivesItsVariable() {
        let interpreter = Interpreter { _ in }
        #expect(run(interpreter, "fn f(n) {\n    global f\n    f = 0\n    return [n, n + 1]\n}").diagnostics.isEmpty)
        #expect(run(interpreter, "f(1)").value == .list(ListValue([.number(1), .number(2)])))
        #expect(interpreter.value(of: "f") == .number(0))
    }

    @Test("an interrupt stops the run it was meant for, not the next one")
    func interruptIsPerRun() {
        let interpreter = Interpreter(limits: Limits(maxSteps: 10_000_000)) { _ in }
        interpreter.interrupt.set()
        // Set before the run starts, it is cleared as the run begins.
        #expect(run(interpreter, "s = 0\nfor i in 0..<100000 { s += i }\ns").value == .number(4_999_950_000))
    }

    @Test("a run that fails keeps the values assigned before the failure")
    func partialRunsKeepValues() {
        let interpreter = Interpreter { _ in }
        let outcome = run(interpreter, "a = 1\nb = a + \"x\"\nc = 3")
        #expect(outcome.exitCode == 1)
        #expect(interpreter.value(of: "a") == .number(1))
        #expect(interpreter.value(of: "c") == nil)
    }

    @Test("the echoed value is the short form and counts as output")
    func echo() {
        let output = Output()
        let interpreter = Interpreter(limits: Limits(maxOutput: 100)) { output.text += $0 }
        #expect(run(interpreter, "list(0..<10)").diagnostics.isEmpty)
        let shown = interpreter.run(SourceFile(name: "<test>", text: "list(0..<100)"), echo: true)
        #expect(shown.diagnostics.isEmpty)
        #expect(output.text == "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, … (100 items) …, 95, 96, 97, 98, 99]\n")
        let tooLong = interpreter.run(SourceFile(name: "<test>", text: "\"x\" * 1000"), echo: true)
        #expect(tooLong.exitCode == 3)
    }

    @Test("the process memory ceiling stops a program that builds big values")
    func residentCeiling() {
        let interpreter = Interpreter(limits: Limits(maxResident: 1 << 20)) { _ in }
        let outcome = run(interpreter, "xs = [0] * 100000")
        #expect(outcome.exitCode == 3)
        #expect(outcome.diagnostics.first?.message.contains("MiB of memory") == true)
    }
}
