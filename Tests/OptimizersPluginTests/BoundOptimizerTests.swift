import KnobsEngine
import KnobsLang
import Testing
@testable import OptimizersPlugin

/// Optimizers bound to their parameters when made, as in PyTorch
/// (`opt = adam(net, lr: 0.01)`, then `opt.zero_grad()` and `opt.step()`).
@Suite("Bound optimizers")
struct BoundOptimizerTests {
    /// One call per optimizer, with options that give each its memory (momentum, running means).
    static let calls = [
        "sgd(lr: 0.1, momentum: 0.9, nesterov: true, weight_decay: 0.01)",
        "adagrad(lr: 0.1, lr_decay: 0.01)",
        "rmsprop(lr: 0.01, momentum: 0.5, centered: true)",
        "adam(lr: 0.01, amsgrad: true, weight_decay: 0.01)",
        "adamw(lr: 0.01)",
        "lion(lr: 0.001, weight_decay: 0.1)",
        "sgd(lr: schedule(\"step\", lr: 0.2, step_size: 3, gamma: 0.5))",
    ]

    /// `name(lr: …)` made bound: `name(PARAMS, lr: …)`.
    static func bound(_ call: String, to parameters: String) -> String {
        call.replacingOccurrences(of: "(", with: "(\(parameters), ", options: [], range: call.range(of: "("))
    }

    /// The numbers of the parameters in a list variable (`pa = net.params`).
    static func numbers(_ run: KnobsRun, _ name: String) -> [[Double]] {
        guard case .list(let list)? = run.interpreter.value(of: name) else { return [] }
        return list.items.compactMap { item in
            guard case .object(let tensor as Tensor) = item else { return nil }
            return tensor.values
        }
    }

    @Test("a loop in PyTorch's shape, zero_grad(), backward, step(), gives the very numbers opt.step(net) gives", arguments: calls)
    func sameAsUnbound(call: String) {
        let run = KnobsRun("""
            seed(4)
            a = mlp([2, 5, 1])
            seed(4)
            b = mlp([2, 5, 1])
            data = dataset("moons", n: 30)
            start = a.params[0].data
            bound = \(Self.bound(call, to: "a"))
            free = \(call)
            for i in 0..<25 {
                bound.zero_grad()
                loss = mean((a(data.x) - data.y)^2)
                backward(loss)
                bound.step()
                free.zero_grad(b)
                loss = mean((b(data.x) - data.y)^2)
                backward(loss)
                free.step(b)
            }
            pa = a.params
            pb = b.params
            """)
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics)")
        let a = Self.numbers(run, "pa"), b = Self.numbers(run, "pb")
        #expect(a.count == 4 && a == b, "bit for bit")
        if case .object(let start as Tensor)? = run.interpreter.value(of: "start") {
            #expect(start.values != a.first, "the steps changed the parameters")
        } else {
            Issue.record("no start")
        }
    }

    @Test("train(...) gives the same history with a bound optimizer as with an unbound one", arguments: calls)
    func trainSameAsUnbound(call: String) {
        let run = KnobsRun("""
            data = dataset("xor")
            seed(2)
            a = mlp([2, 4, 1])
            ha = train(a, data, opt: \(Self.bound(call, to: "a")), epochs: 15, batch: 2)
            seed(2)
            b = mlp([2, 4, 1])
            hb = train(b, data, opt: \(call), epochs: 15, batch: 2)
            print(ha.loss == hb.loss)
            pa = a.params
            pb = b.params
            """)
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics)")
        #expect(run.shown.hasPrefix("true\n"), "\(run.shown)")
        #expect(Self.numbers(run, "pa") == Self.numbers(run, "pb"))
    }

    @Test("bound through the language, each optimizer follows the reference trajectories", arguments: ["sgd", "adagrad", "rmsprop", "adam", "adamw", "lion"])
    func followsReference(optimizer name: String) throws {
        let reference = try ReferenceTrajectories.load(name)
        let names = reference.start.indices.map { "p\($0)" }
        for (number, trajectory) in reference.cases.enumerated() {
            let options = trajectory.options.keys.sorted().map { "\($0): \(trajectory.options[$0]!.knobs)" }
            var lines = zip(names, reference.start).map { "\($0) = param(\($1.knobs))" }
            lines.append("opt = \(name)(" + (["[" + names.joined(separator: ", ") + "]"] + options).joined(separator: ", ") + ")")
            lines.append("trace = []")
            for step in trajectory.steps {
                lines.append("opt.zero_grad()")
                lines += zip(names, step.grads).map { "\($0).grad = \($1.knobs)" }
                lines.append("opt.step()")
                lines.append("trace = trace + [" + names.map { "\($0).data" }.joined(separator: ", ") + "]")
            }
            let run = KnobsRun(lines.joined(separator: "\n"))
            #expect(run.diagnostics.isEmpty, "\(run.diagnostics)")
            let trace = Self.numbers(run, "trace")
            let expected = trajectory.steps.flatMap { $0.values.map(\.flat) }
            #expect(trace.count == expected.count && trace.count == 30 * names.count)
            var worst = 0.0
            for (got, want) in zip(trace.joined(), expected.joined()) {
                let difference = abs(got - want)
                worst = max(worst, difference == 0 ? 0 : difference / max(abs(got), abs(want)))
            }
            #expect(worst <= ReferenceTrajectoryTests.tolerance, "case \(number): largest relative difference \(worst)")
        }
    }

    @Test("a bound optimizer prints what it is bound to; sgd's default rate is PyTorch's")
    func printed() {
        let run = KnobsRun("""
            w = param([1.0, 2.0])
            print(adam(mlp([2, 3, 1]), lr: 0.01))
            print(sgd(w), sgd([w, w, param(3)]), sgd(params: w, momentum: 0.9))
            print(sgd(), sgd().lr)
            """)
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics)")
        #expect(run.shown == """
            adam(lr: 0.01) bound to 4 parameters (13 numbers)
            sgd(lr: 0.001) bound to 1 parameter (2 numbers) sgd(lr: 0.001) bound to 2 parameters (3 numbers) sgd(lr: 0.001, momentum: 0.9) bound to 1 parameter (2 numbers)
            sgd(lr: 0.001) 0.001

            """, "\(run.shown)")
    }

    @Test("a parameter named twice is stepped once")
    func duplicates() {
        let run = KnobsRun("""
            w = param(1)
            opt = sgd([w, w], lr: 0.5)
            w.grad = 1
            opt.step()
            w.item()
            """)
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics)")
        #expect(run.shown.hasSuffix("0.5\n"), "\(run.shown)")
    }

    @Test("a bound optimizer may be given its own parameters again, in any order")
    func sameParametersAgain() {
        let run = KnobsRun("""
            w = param(1)
            b = param(2)
            opt = sgd([w, b], lr: 0.5)
            w.grad = 1
            b.grad = 2
            opt.step([b, w])
            opt.zero_grad([w, b])
            print(w.item(), b.item(), w.grad.item(), b.grad.item())
            """)
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics)")
        #expect(run.shown.hasPrefix("0.5 1 0 0\n"), "\(run.shown)")
    }

    @Test("mistakes with binding are explained, with both forms in the hint", arguments: [
        ("opt = adam(lr: 0.01)\nopt.zero_grad()", "this optimizer is not bound to parameters, so zero_grad needs them", "opt.zero_grad(net), or bind them when you make it: opt = adam(net, lr: ...), then opt.zero_grad()"),
        ("opt = lion()\nopt.step()", "this optimizer is not bound to parameters, so step needs them", "opt.step(net), or bind them when you make it: opt = lion(net, lr: ...), then opt.step()"),
        ("opt = adam(mlp([2, 1]))\nopt.step(mlp([2, 1]))", "opt.step: this optimizer was made for other parameters (it is bound to 2 parameters)", "it changes only the parameters it was made with (opt.step() steps them); for these make another, adam(net2, lr: ...), or an unbound one, adam(lr: ...)"),
        ("w = param(1)\nopt = sgd([w, param(2)])\nopt.zero_grad(w)", "opt.zero_grad: this optimizer was made for other parameters (it is bound to 2 parameters)", nil),
        ("train(mlp([2, 1]), dataset(\"xor\"), opt: rmsprop(mlp([2, 1])))", "train: this optimizer was made for other parameters (it is bound to 2 parameters)", nil),
        ("opt = adam(param(1))\nopt.step(1, 2)", "step takes the model (or its parameters), got 2 arguments", "opt.step()"),
        ("adagrad(0.1)", "adagrad's first argument is what it trains, a model or its parameters, got a number", "the learning rate goes by name: adagrad(lr: 0.1), or adagrad(net, lr: 0.1)"),
        ("adamw([])", "adamw got an empty list of parameters", "adamw(net, lr: ...) or adamw([w, b], lr: ...)"),
        ("adam(\"net\")", "adam needs a model, a parameter or a list of them, got a string", "a model (net), a parameter (w = param([1.0, 2.0])) or a list of them ([w, b])"),
        ("race(\"bowl\", [adam(param([1, 2]), lr: 0.1)])", "race steps parameters of its own, so it needs optimizers not bound to any", "adam(lr: ...), without the parameters"),
        ("net = mlp([2, 1])\ncompare_optimizers(net, dataset(\"xor\"), [sgd(net, lr: 0.1)])", "compare_optimizers steps parameters of its own, so it needs optimizers not bound to any", "sgd(lr: ...), without the parameters"),
    ] as [(String, String, String?)])
    func mistakes(code: String, message: String, hint: String?) {
        let run = KnobsRun(code)
        #expect(run.error == "runtime error: " + message, "\(run.diagnostics)")
        if let hint {
            #expect(run.diagnostics.contains("= hint: " + hint), "\(run.diagnostics)")
        }
    }
}
