import KnobsLang
import KnobsNotebook
import Testing

/// A rollback puts back everything an attempt changed, also in place, and keeps shared tensors shared.
@Suite("rollback")
struct RollbackTests {
    func interpreter() -> Interpreter {
        Interpreter(output: { _ in })
    }

    func run(_ interpreter: Interpreter, _ code: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
        let outcome = interpreter.run(SourceFile(name: "t", text: code))
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.message))", sourceLocation: sourceLocation)
        return outcome.value?.summary
    }

    static let setup = """
        seed(1)
        w = param(1.5)
        net = mlp([2, 3, 1])
        first = net.layers[0].weight
        data = dataset("xor")
        opt = sgd(lr: 0.1)
        xs = [w, 1]
        fn make_counter() {
          n = 0
          fn tick() {
            nonlocal n
            n += 1
            return n
          }
          return tick
        }
        tick = make_counter()
        tick()
        loss = (w - 3)^2
        """

    static let state = """
        [w.item(), w.grad, first.tolist(), net.layers[0].weight == first, data.x.tolist(), opt.lr, xs[0].item(), tick(), rand()]
        """

    @Test("parameters, models, data sets, optimizers, closures and the random numbers come back")
    func everything() {
        let it = interpreter()
        _ = run(it, RollbackTests.setup)
        let snapshot = it.snapshot()
        let before = run(it, RollbackTests.state)
        it.restore(snapshot)
        _ = run(it, """
            w.data = 10
            backward((w - 1)^2)
            first.data = 0
            opt.step(net)
            data.x[0] = [9, 9]
            opt.lr = 5
            tick()
            tick()
            made = 1
            r = rand()
            """)
        it.restore(snapshot)
        #expect(run(it, RollbackTests.state) == before)
        #expect(it.value(of: "made") == nil && it.value(of: "r") == nil)
    }

    @Test("a parameter reached only through a loss's history comes back")
    func throughHistory() {
        final class Printed: @unchecked Sendable { var text = "" }
        let printed = Printed()
        let it = Interpreter(output: { printed.text += $0 })
        _ = run(it, "fn make() {\n  hidden = param(2)\n  return hidden * 3\n}\ny = make()")
        let snapshot = it.snapshot()
        _ = run(it, "backward(y)\ngraph(y)")
        #expect(printed.text.contains("grad 3"))
        it.restore(snapshot)
        printed.text = ""
        _ = run(it, "graph(y)")
        #expect(!printed.text.contains("grad 3") && printed.text.contains("param(2)"), "\(printed.text)")
    }

    @Test("a list holding a tensor, changed in place through another name, comes back")
    func aliases() {
        let it = interpreter()
        _ = run(it, "t = tensor([1, 2])\nholder = {items: [t]}")
        let snapshot = it.snapshot()
        _ = run(it, "t[0] = 7\nholder.items.append(3)")
        it.restore(snapshot)
        #expect(run(it, "[holder.items[0].tolist(), len(holder.items), holder.items[0] == t]") == "[[1, 2], 1, true]")
    }

    @Test("a failed exercise attempt rolls a parameter changed in place back")
    func sessionRollback() throws {
        let lesson = try LessonSupport.lesson("""
            ```knobs
            w = param(0)
            ```

            ```knobs exercise id=step
            w.data = ___
            ```

            ```knobs check id=step
            expect(near(w.item(), 0.6), "w should be 0.6, not {w.item()}")
            ```
            """)
        let session = Session(lesson: lesson)
        try session.goto(1)
        let attempt = try session.submit("w.data = w.data + 1")
        #expect(!attempt.passed)
        #expect(session.shown("w") == "param(0)")
        #expect(try session.submit("w.data = w.data + 0.6").passed)
        #expect(session.shown("w") == "param(0.6)")
    }
}
