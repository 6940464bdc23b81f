import KnobsEngine
import KnobsLang
import Testing
@testable import OptimizersPlugin

/// The plugin's functions as a knobs program calls them, in an interpreter
/// where a host defined them (`interpreter.define(name, value)`).
@Suite("The plugin in the language")
struct LanguageTests {
    @Test("every function is defined, documented, and shows its signature in help")
    func installed() {
        let run = KnobsRun(OptimizersLibrary.names.map { "help(\($0))" }.joined(separator: "\n"))
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics)")
        #expect(Set(run.interpreter.variableNames).isSuperset(of: OptimizersLibrary.names))
        #expect(OptimizersLibrary.functions(terminal: KnobsRun.plain).map(\.name) == OptimizersLibrary.names)
        for (name, value) in OptimizersLibrary.functions(terminal: KnobsRun.plain) {
            guard case .function(let function) = value else {
                Issue.record("\(name) is not a function")
                continue
            }
            #expect(function.doc.count > 40, "\(name) has documentation")
            #expect(run.shown.contains(function.signature.description), "help shows \(function.signature)")
        }
        #expect(run.shown.contains("adam(params: nil, lr: 0.001, betas: [0.9, 0.999], eps: 1e-08, weight_decay: 0, amsgrad: false, maximize: false)"))
        let types = KnobsRun("print(type(surface(\"bowl\")), type(schedule(\"constant\")))")
        #expect(types.shown == "surface schedule\n", "\(types.diagnostics)")
        #expect(OptimizersLibrary.objectTypes.map(\.name) == ["schedule", "surface"])
        #expect(run.shown.contains("sgd(params: nil, lr: 0.001, momentum: 0, dampening: 0, nesterov: false, weight_decay: 0, maximize: false)"))
    }

    @Test("the constructors give optimizers with PyTorch's defaults, named by their settings")
    func constructors() {
        let run = KnobsRun("""
            opts = [sgd(), adagrad(), rmsprop(), adam(), adamw(), lion(), sgd(lr: 0.01, momentum: 0.9, nesterov: true)]
            print(opts)
            print([opts[3].lr, opts[3].name, opts[4].name, opts[5].lr])
            """)
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics)")
        // Printed with the settings that differ from PyTorch's defaults, so that none seems lost.
        #expect(run.shown.contains("[sgd(lr: 0.001), adagrad(lr: 0.01), rmsprop(lr: 0.01), adam(lr: 0.001), adamw(lr: 0.001), lion(lr: 0.0001), sgd(lr: 0.01, momentum: 0.9, nesterov: true)]"), "\(run.shown)")
        #expect(run.shown.contains("[0.001, \"adam\", \"adamw\", 0.0001]"))
        let adamw = run.interpreter.value(of: "opts").flatMap { value -> Adam? in
            guard case .list(let list) = value, case .object(let object as OptimizerObject) = list[4] else { return nil }
            return object.optimizer as? Adam
        }
        #expect(adamw?.weightDecay == 0.01 && adamw?.decoupledWeightDecay == true && adamw?.beta2 == 0.999)
    }

    @Test("the plugin's sgd replaces the core one; it and the others train with train(...) and by hand")
    func training() {
        let run = KnobsRun("""
            seed(0)
            data = dataset("xor")
            net = mlp([2, 8, 1])
            h = train(net, data, opt: adam(lr: 0.05), epochs: 200)
            print(accuracy(net, data), h.loss[-1] < h.loss[0] / 4)
            net2 = mlp([2, 8, 1])
            opt = sgd(lr: 0.5, momentum: 0.9)
            first = 0
            for i in 0..<100 {
                loss = mean((net2(data.x) - data.y)^2)
                if i == 0 { first = loss.item() }
                opt.zero_grad(net2)
                backward(loss)
                opt.step(net2)
            }
            print(mean((net2(data.x) - data.y)^2).item() < first / 2)
            """)
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics)")
        #expect(run.shown.contains("1 true\ntrue\n"))
    }

    @Test("an optimizer's lr: may be a schedule, which train and opt.step follow")
    func scheduledTraining() {
        let run = KnobsRun("""
            s = schedule("step", lr: 0.4, step_size: 2, gamma: 0.5)
            opt = sgd(lr: s)
            w = param(0)
            for i in 0..<5 {
                loss = w * 1
                backward(loss)
                opt.step([w])
                print(opt.lr)
                w.grad = 0
            }
            print(w.item(), opt)
            seed(1)
            h = train(mlp([2, 4, 1]), dataset("xor"), opt: adam(lr: schedule("cosine", lr: 0.05, steps: 30)), epochs: 30)
            print(h.steps)
            """)
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics)")
        // Printed, it names its schedule; opt.lr is the rate of the step it is at.
        #expect(run.shown.hasPrefix("0.4\n0.4\n0.2\n0.2\n0.1\n-1.3 sgd(lr: step schedule)\n30\n"), "\(run.shown)")
    }

    @Test("schedule, lr_at and plot_schedule")
    func schedules() {
        let run = KnobsRun("""
            s = schedule("warmup_cosine", lr: 0.1, warmup: 10, steps: 110)
            print(s)
            print(lr_at(s, 5), lr_at(s, 10), s.kind, s.warmup)
            print(lr_at(s, [0, 10, 110]))
            print(len(lr_at(s, 0..<50)))
            plot_schedule(s, width: 50, height: 6)
            """)
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics)")
        #expect(run.shown.contains("schedule(\"warmup_cosine\", lr: 0.1, warmup: 10, steps: 110, min_lr: 0)\n0.05 0.1 warmup_cosine 10\n[0, 0.1, 0]\n50\n"))
        let lines = run.shown.split(separator: "\n")
        #expect(lines.contains { $0.contains("learning rate, schedule(") })
        #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces) == "step" })
        #expect(lines.filter { $0.contains("┤") || $0.contains("│") }.count == 6)
    }

    @Test("mistakes are explained", arguments: [
        ("adam(betas: [0.9])", "runtime error: adam's betas: needs a list of two numbers, got [0.9]"),
        ("adam(betas: [0.9, 1])", "runtime error: adam's betas must be from 0 up to (not including) 1, got 1"),
        ("sgd(lr: -1)", "runtime error: sgd's lr must be a number ≥ 0, got -1"),
        ("sgd(nesterov: true)", "runtime error: Nesterov momentum needs a momentum above 0 and no dampening"),
        ("sgd(momentum: \"a\")", "runtime error: sgd's momentum: needs a number, got a string"),
        ("rmsprop(centered: 1)", "runtime error: rmsprop's centered: needs true or false, got a number"),
        ("adam(lr: \"fast\")", "runtime error: adam's lr: needs a number or a schedule, got a string"),
        ("schedule(\"cosin\")", "runtime error: there is no schedule called 'cosin'"),
        ("schedule(\"cosine\", lr: 0.1)", "runtime error: a cosine schedule needs steps:"),
        ("schedule(\"step\", gamma: 0.5, step_size: 2, steps: 3)", "runtime error: a step schedule takes no steps:"),
        ("schedule(\"warmup_cosine\", warmup: 10, steps: 5)", "runtime error: the schedule's steps (5) must be more than its warm-up (10)"),
        ("lr_at(3, 1)", "runtime error: lr_at needs a schedule, got a number"),
        ("lr_at(schedule(\"constant\"), -1)", "runtime error: lr_at needs a step ≥ 0 (0 is the first), got -1"),
        ("surface(\"sphere\")", "runtime error: there is no surface called 'sphere'"),
        ("race(\"bowl\", [1])", "runtime error: race needs a list of optimizers, but it holds a number"),
        ("race(\"bowl\", [adam()], steps: -1)", "runtime error: race's steps: needs a whole number from 0 to 100000, got -1"),
        ("race(\"bowl\", [adam()], labels: [\"a\", \"b\"])", "runtime error: race's labels: needs 1 strings, one per optimizer, got [\"a\", \"b\"]"),
        ("surface(\"bowl\")(1)", "runtime error: the surface takes a point: two numbers x, y (or a list [x, y]), got 1"),
        ("compare_optimizers(1, dataset(\"xor\"), [adam()])", "runtime error: compare_optimizers needs a network, got a number"),
        ("compare_optimizers(mlp([2, 1]), dataset(\"xor\"), [])", "runtime error: compare_optimizers needs at least one optimizer"),
        ("race(surface(\"bowl\"), [])", "runtime error: race needs at least one optimizer"),
        ("o = adam()\ncompare_optimizers(mlp([2, 1]), dataset(\"xor\"), [o, o])", "runtime error: compare_optimizers needs a different optimizer for each run: the same one is in the list twice"),
    ])
    func mistakes(code: String, message: String) {
        #expect(KnobsRun(code).error == message)
    }

    @Test("a bad setting's caret points at the argument")
    func caret() {
        let run = KnobsRun("opt = adam(lr: 0.01, betas: [0.9, 2])")
        let lines = run.diagnostics.split(separator: "\n", omittingEmptySubsequences: false)
        guard let source = lines.firstIndex(where: { $0.contains("opt = adam(") }), source + 1 < lines.count else {
            Issue.record("no source line in \(run.diagnostics)")
            return
        }
        let caretLine = lines[source + 1]
        let column = caretLine.firstIndex(of: "^").map { caretLine.distance(from: caretLine.startIndex, to: $0) }
        let betas = lines[source].range(of: "betas").map { lines[source].distance(from: lines[source].startIndex, to: $0.lowerBound) }
        #expect(column != nil && column == betas, "\(run.diagnostics)")
    }

    @Test("surface: value by calling it, gradient by .grad, and its facts")
    func surface() {
        let run = KnobsRun("""
            s = surface("rosenbrock")
            print(s)
            print(s(1, 1), s([0, 0]), s.grad(1, 1), s.grad(0, 0), s.start, s.minima, s.window)
            """)
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics)")
        #expect(run.shown.contains("surface(\"rosenbrock\"): f(x, y) = (1 − x)² + 100(y − x²)²\n0 1 [0, 0] [-2, 0] [-1.5, 2] [[1, 1]] {x: [-2, 2], y: [-1, 3]}\n"))
    }

    @Test("race prints a table and the paths, and gives where each optimizer got")
    func race() {
        let run = KnobsRun("""
            r = race(surface("bowl"), [sgd(lr: 0.04), sgd(lr: 0.04, momentum: 0.8), adam(lr: 0.3)], steps: 300)
            print(len(r), r[0].name, r[1].steps < r[0].steps, r[2].steps < r[0].steps, r[0].diverged)
            race("himmelblau", [adam(lr: 0.1)], steps: 5, labels: ["adam"], width: 40, height: 8)[0].steps
            """)
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics)")
        #expect(run.shown.contains("3 sgd(lr: 0.04) true true false\n"))
        #expect(run.shown.contains("optimizer"))
        #expect(run.shown.contains("sgd(lr: 0.04, momentum: 0.8)"))
        #expect(run.shown.contains("○ start"))
        #expect(run.shown.contains("★ minimum"))
        #expect(run.shown.contains("★ minima"))
        #expect(run.shown.contains("not in 5 steps"))
        #expect(run.outcome.value == .nil)
    }

    @Test("compare_optimizers trains copies from the same start and leaves the network alone")
    func compare() {
        let run = KnobsRun("""
            seed(3)
            net = mlp([2, 6, 1])
            data = dataset("xor")
            before = net.params[0].data
            r = compare_optimizers(net, data, [sgd(lr: 0.1), adam(lr: 0.05)], epochs: 60, title: "xor")
            print(len(r), r[0].name, r[1].name, len(r[0].loss), len(r[1].accuracy))
            print(r[0].loss[0] == r[1].loss[0], r[1].loss[-1] < r[0].loss[-1], sum(abs(net.params[0].data - before)).item() == 0)
            same = compare_optimizers(net, data, [sgd(lr: 0.1), sgd(lr: 0.1)], epochs: 5, batch: 2, labels: ["a", "b"])
            print(same[0].loss == same[1].loss, same[0].name)
            """)
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics)")
        #expect(run.shown.contains("2 sgd(lr: 0.1) adam(lr: 0.05) 60 60\ntrue true true\n"), "\(run.shown)")
        #expect(run.shown.contains("true a\n"), "the same batches in the same order for each")
        #expect(run.shown.contains("━━ sgd(lr: 0.1)") || run.shown.contains("• sgd(lr: 0.1)   × adam(lr: 0.05)"))
        #expect(run.shown.contains("xor"))
    }

    @Test("long races and comparisons stop at the step limit")
    func limits() {
        var limits = Limits.standard
        limits.maxSteps = 20_000
        let race = KnobsRun("race(\"rosenbrock\", [adam()], steps: 100000)", limits: limits)
        #expect(race.outcome.exitCode == 3, "\(race.diagnostics)")
        let compare = KnobsRun("compare_optimizers(mlp([2, 64, 64, 1]), dataset(\"moons\", n: 200), [adam()], epochs: 10000)", limits: limits)
        #expect(compare.outcome.exitCode == 3, "\(compare.diagnostics)")
    }
}
