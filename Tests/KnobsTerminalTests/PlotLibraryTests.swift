import KnobsLang
import Testing
@testable import KnobsTerminal

/// `plot`, `scatter` and `boundary` as a knobs program calls them.
@Suite("plot, scatter and boundary in the language")
struct PlotLibraryTests {
    @Test("installed as top-level names the program can call, even from its functions")
    func installed() {
        let interpreter = Interpreter { _ in }
        PlotLibrary.install(into: interpreter, terminal: Terminal(width: 80, color: false, unicode: true))
        #expect(Set(interpreter.variableNames).isSuperset(of: PlotLibrary.names))
        #expect(interpreter.run(SourceFile(name: "<t>", text: "fn show_loss(xs) = plot(xs)\nshow_loss([1, 2])")).diagnostics.isEmpty)
        guard case .function(let plot)? = interpreter.value(of: "plot") else {
            Issue.record("plot is not a function")
            return
        }
        #expect(plot.isNative)
        #expect(interpreter.run(SourceFile(name: "<t>", text: "plot = 3\nplot + 1")).value == .number(4))
    }

    @Test("plot prints the chart and gives nil; help says how to call it")
    func plotPrints() {
        let run = PlotRun("plot([3, 2, 1])\nhelp(plot)")
        #expect(run.diagnostics.isEmpty)
        let lines = TextChecks.lines(run.shown)
        #expect(lines.first?.hasPrefix("3.0 ┤") == true)
        #expect(lines.contains { $0.hasPrefix("    └┬") })
        #expect(lines.contains("plot(x, y: nil, title: nil, labels: nil, xlabel: nil, ylabel: nil, width: nil, height: nil)"))
        #expect(lines.prefix { !$0.hasPrefix("plot(") }.allSatisfy { DisplayWidth.of($0) <= PlotLibrary.maximumWidth })
    }

    @Test("a history plots its loss; lists of lists and records plot several lines")
    func series() {
        let history = PlotRun("seed(0)\nh = train(mlp([2, 4, 1]), dataset(\"xor\"), epochs: 50)\nplot(h)\nplot(h.loss, title: \"loss\")")
        #expect(history.diagnostics.isEmpty, "\(history.diagnostics)")
        #expect(history.shown.contains("━━ loss") || history.shown.contains("• loss"))
        let record = PlotRun("plot({train: [1, 2, 3], test: tensor([3, 2, 1])}, xlabel: \"epoch\")")
        #expect(record.shown.contains("• train   × test"))
        let lists = PlotRun("plot([[1, 2], [2, 1]], labels: [\"a\", \"b\"])")
        #expect(lists.shown.contains("• a   × b"))
        let xy = PlotRun("xs = linspace(-1, 1, 5)\nplot(xs, xs ^ 2, width: 30, height: 5)")
        #expect(xy.diagnostics.isEmpty)
        #expect(TextChecks.lines(xy.shown).allSatisfy { DisplayWidth.of($0) <= 30 })
        let columns = PlotRun("plot(tensor([[1, 2], [2, 3], [3, 4]]))")
        #expect(columns.shown.contains("series 1   × series 2"))
    }

    @Test("plot's mistakes are explained", arguments: [
        ("plot(\"loss\")", "runtime error: plot needs a list of numbers, got a string"),
        ("plot([])", "runtime error: plot needs at least one number to draw"),
        ("plot([1, \"a\"])", "runtime error: plot needs a list of numbers, but it holds a string"),
        ("plot([\"a\"])", "runtime error: plot needs a list of numbers or a list of lists of numbers, but the list holds a string"),
        ("plot([1, 2], [1, 2, 3])", "runtime error: plot needs as many xs as ys, got 2 xs and 3 ys"),
        ("plot([1, 2], labels: [\"a\", \"b\"])", "runtime error: plot's labels: needs 1 name, one for each line, got [\"a\", \"b\"]"),
        ("plot([1, 2], title: 3)", "runtime error: plot's title: needs a string, got a number"),
        ("plot([1, 2], width: 5)", "runtime error: plot's width: needs a whole number from 20 to 400, got 5"),
        ("plot({a: \"x\"})", "runtime error: plot needs numbers in every field, but 'a' holds a string"),
        ("plot(zeros(2, 2, 2))", "runtime error: plot draws tensors of one or two dimensions, got shape [2, 2, 2]"),
    ])
    func plotErrors(code: String, message: String) {
        #expect(PlotRun(code).error == message)
    }

    @Test("scatter draws data sets by class, numbers, and points of a tensor")
    func scatter() {
        let moons = PlotRun("seed(0)\nscatter(dataset(\"moons\", n: 40), title: \"moons\")")
        #expect(moons.diagnostics.isEmpty)
        #expect(moons.shown.contains("● class 0   ▲ class 1"))
        #expect(PlotRun("scatter(dataset(\"spiral\"))").shown.contains("■ class 2"))
        let line = PlotRun("scatter(dataset(\"line\", n: 10))")
        #expect(line.diagnostics.isEmpty && !line.shown.contains("class"))
        #expect(PlotRun("scatter([1, 2, 3], [3, 1, 2], classes: [0, 1, 1])").shown.contains("● class 0   ▲ class 1"))
        #expect(PlotRun("scatter(tensor([[0, 0], [1, 1]]))").diagnostics.isEmpty)
    }

    @Test("scatter's mistakes are explained", arguments: [
        ("scatter([1, 2])", "runtime error: scatter needs a data set, a tensor of points [n, 2], or xs and ys, got a list"),
        ("scatter([1, 2], [1])", "runtime error: scatter needs as many xs as ys, got 2 xs and 1 ys"),
        ("scatter(dataset(\"xor\"), [1])", "runtime error: scatter(data) takes no ys: a data set has its own"),
        ("scatter(dataset(zeros(3, 3), [0, 1, 0]))", "runtime error: scatter draws data sets with 1 or 2 inputs, but this one has 3"),
        ("scatter([1, 2], [3, 4], classes: [0, 0.5])", "runtime error: scatter's classes: needs 2 whole numbers from 0, one class per point, got [0, 0.5]"),
        ("scatter([], [])", "runtime error: scatter needs at least one point"),
    ])
    func scatterErrors(code: String, message: String) {
        #expect(PlotRun(code).error == message)
    }

    @Test("boundary shades what a trained network predicts, under the data")
    func boundary() {
        let run = PlotRun("""
            seed(0)
            data = dataset("xor")
            net = mlp([2, 8, 1])
            train(net, data, loss: "bce", opt: sgd(lr: 0.5), epochs: 500)
            boundary(net, data, width: 60, height: 10)
            accuracy(net, data)
            """)
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics)")
        #expect(run.shown.hasSuffix("1\n"))
        #expect(run.shown.contains("░"))
        #expect(run.shown.contains("● class 0   ▲ class 1   ░░ predicted class 1"))
        // A model of the learner's own, as a function of the [n, 2] grid; three outputs mean three classes.
        let own = PlotRun("boundary(fn(x) = x @ tensor([[1, -1, 0], [0, 0, 1]]), dataset(\"spiral\"), width: 30, height: 6)")
        #expect(own.diagnostics.isEmpty, "\(own.diagnostics)")
        #expect(own.shown.contains("▒▒ predicted class 2"))
    }

    @Test("boundary's mistakes are explained", arguments: [
        ("boundary(linear(3, 1), dataset(\"xor\"))", "runtime error: boundary needs a model of 2 inputs, one for each coordinate of the plane, but this one takes 3"),
        ("boundary(mlp([2, 1]), dataset(\"line\"))", "runtime error: boundary draws classes of points in the plane: a data set of 2 inputs and classes, but this one has a regression"),
        ("boundary(mlp([2, 1]), [1, 2])", "runtime error: boundary needs a data set, got a list"),
        ("boundary(3, dataset(\"xor\"))", "runtime error: boundary needs a model or a function, got a number"),
        ("boundary(sgd(), dataset(\"xor\"))", "runtime error: boundary needs a model, got an optimizer"),
        ("boundary(fn(x) = 1, dataset(\"xor\"))", "runtime error: boundary needs the model to give one row of outputs per point (1056 points), got a number"),
    ])
    func boundaryErrors(code: String, message: String) {
        #expect(PlotRun(code).error == message)
    }

    @Test("plots count against the output and step limits")
    func limits() {
        let output = PlotRun("plot([1, 2, 3])", limits: Limits(maxOutput: 100))
        #expect(output.outcome.exitCode == 3)
        #expect(output.error.hasPrefix("limit reached: the program printed more than 100 bytes"))
        let steps = PlotRun("seed(0)\nboundary(mlp([2, 64, 64, 1]), dataset(\"moons\"))", limits: Limits(maxSteps: 5_000))
        #expect(steps.outcome.exitCode == 3)
        #expect(steps.error.hasPrefix("limit reached"))
    }

    @Test("the terminal decides colour, Unicode and the default width")
    func terminal() {
        let narrow = PlotRun("plot([1, 2, 3])", terminal: Terminal(width: 40, color: true, unicode: false))
        #expect(narrow.shown.contains("\u{1B}["))
        #expect(TextChecks.strippingEscapes(narrow.shown).unicodeScalars.allSatisfy { $0.isASCII })
        #expect(TextChecks.lines(TextChecks.strippingEscapes(narrow.shown)).allSatisfy { $0.count <= 40 })
    }
}
