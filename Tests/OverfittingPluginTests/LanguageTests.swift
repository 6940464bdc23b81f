import KnobsPluginAPI
import Testing

/// The plugin as a knobs program uses it.
@Suite("The overfitting plugin in the language")
struct LanguageTests {
    @Test("a polynomial is called, shows its coefficients, and counts and predicts like a model")
    func polynomial() throws {
        let run = try PluginRun("""
            p = polyfit([0, 1, 2, 3], [1, 3, 5, 7], 1)
            print(p)
            print(p.coefs, p.degree, count_params(p), p(10))
            print(p([[4], [5]]), predict(p, tensor([4, 5])))
            print(mse(p(tensor([0, 1])), tensor([1, 3])), type(p), p.note)
            """)
        #expect(run.diagnostics == "")
        #expect(run.shown == """
            polynomial(degree: 1): 2x + 1
            tensor([2, 1]) 1 2 21
            tensor([[ 9],
                    [11]], shape: [2, 1]) tensor([ 9, 11])
            tensor(0) polynomial nil

            """)
    }

    @Test("an under-determined fit is explained, not refused, and gives numbers")
    func underdetermined() throws {
        let run = try PluginRun("p = polyfit([-1, 0, 1], [1, 0, 1], 4)\nprint(p(0.5), p(-1), p(1))")
        #expect(run.diagnostics == "")
        #expect(run.shown.hasPrefix("note: degree 4 has 5 coefficients, but the 3 points pin down only 3:"))
        #expect(!run.shown.contains("nan"))
        #expect(run.shown.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test("polyfit takes data.x of shape [n, 1], and ridge: keeps coefficients smaller")
    func dataAndRidge() throws {
        let run = try PluginRun("""
            seed(2)
            data = dataset("cubic", n: 15)
            plain = polyfit(data.x, data.y, 9)
            calm = polyfit(data.x, data.y, 9, ridge: 0.01)
            print(data.n, calm.ridge, sum(calm.coefs^2) < sum(plain.coefs^2), mse(calm(data.x), data.y) > mse(plain(data.x), data.y))
            """)
        #expect(run.diagnostics == "")
        #expect(run.shown == "15 0.01 true true\n")
    }

    @Test("bad input gets a clear error, at the argument, with a hint", arguments: [
        ("polyfit([1, 2, 3], [1, 2, 3], 25)", "polyfit's degree is a whole number from 0 to 20, got 25", "1:31", "beyond degree 20"),
        ("polyfit([], [], 1)", "polyfit needs at least one point, got none", "1:9", "polyfit(data.x, data.y, 3)"),
        ("polyfit([1, 2, 3], [1, 2], 1)", "polyfit needs one y for every x, got 3 x and 2 y", "1:20", "two halves of the same points"),
        ("polyfit([1, 2], [1, 2], 1.5)", "polyfit's degree is a whole number from 0 to 20, got 1.5", "1:25", "0 is a constant"),
        ("polyfit([1, 2], [1, 2], -1)", "polyfit's degree is a whole number from 0 to 20, got -1", "1:25", "0 is a constant"),
        ("polyfit([1, 2], [1, 2], 1, ridge: -1)", "polyfit's ridge is a number ≥ 0, got -1", "1:28", "ridge: 0"),
        ("polyfit([[1, 2]], [1], 1)", "polyfit needs one number per point for x, got a tensor of shape [1, 2]", "1:9", "a curve has one input"),
        ("polyfit([1, nan], [1, 2], 1)", "polyfit needs finite numbers for x, but it holds nan", "1:9", nil),
        ("degree_sweep(dataset(\"moons\"))", "degree_sweep fits curves to data sets of one input, but this one has 2", "1:14", "dataset(\"cubic\")"),
        ("degree_sweep(dataset(\"cubic\", n: 1))", "degree_sweep needs samples to train on and samples to test on, but the test set is empty", nil, "dataset(\"cubic\", n: 30)"),
        ("degree_sweep(dataset(\"cubic\"), degrees: [])", "degree_sweep's degrees is empty", nil, "degrees: 0...12"),
        ("degree_sweep(dataset(\"cubic\"), test: 1.5)", "degree_sweep's test is the fraction of samples held out for testing, between 0 and 1, got 1.5", nil, nil),
        ("kfold(dataset(\"cubic\", n: 4), k: 5)", "kfold's k is a whole number from 2 to 4, got 5", nil, "k: 5 is usual"),
        ("cross_val(\"big\", dataset(\"cubic\"))", "cross_val needs a model to fit", nil, nil),
        ("overfit_net(dataset(\"cubic\"), sizes: [2, 8, 1])", "overfit_net's sizes must start with the data's 1 input and end with 1 output, got [2, 8, 1]", nil, "sizes: [1, 32, 32, 1]"),
        ("add_noise(dataset(\"moons\"), 2)", "add_noise's noise for class labels is the chance that a label changes, from 0 to 1, got 2", nil, nil),
        ("learning_curve(3, dataset(\"cubic\"), sizes: [5, 50])", "learning_curve's sizes is a whole number from 1 to 14, got 50", nil, "14 samples are left to train on"),
        ("learning_curve(3, dataset(\"cubic\"), epochs: 0)", "learning_curve's epochs is a whole number from 1 to 1000000, got 0", nil, "epochs: 300"),
        ("learning_curve(30, dataset(\"cubic\"))", "learning_curve takes a degree as a whole number from 0 to 20, got 30", "1:16", "learning_curve(3, data)"),
        ("cross_val(3, dataset(\"cubic\"), lr: -1)", "cross_val's lr is a number ≥ 0, got -1", nil, "lr: 0.1"),
        ("degree_sweep(dataset(\"cubic\"), degrees: 0...30)", "degree_sweep's degrees is a whole number from 0 to 20, got 21", "1:32", "degrees: 0...12"),
        ("degree_sweep(dataset(\"cubic\"), ridge: -1)", "degree_sweep's ridge is a number ≥ 0, got -1", nil, "ridge: 0.001"),
        ("overfit_net(dataset(\"cubic\"), epochs: 0)", "overfit_net's epochs is a whole number from 1 to 1000000, got 0", nil, "epochs: 300"),
        ("overfit_net(dataset(\"cubic\"), sizes: [1, 0, 1])", "overfit_net's sizes is a whole number from 1 to 100000, got 0", nil, "sizes: [1, 32, 32, 1]"),
        ("add_noise(dataset(\"cubic\"), -1)", "add_noise's noise is a number ≥ 0, got -1", nil, "add_noise(data, 0.5)"),
        ("show_fit(dataset(\"cubic\"), [\"curve\"])", "show_fit draws polynomials, networks and functions of x, got a string", nil, "show_fit(data, [polyfit(data.x, data.y, 3)])"),
    ])
    func badInput(code: String, message: String, location: String?, hint: String?) throws {
        let run = try PluginRun(code)
        #expect(run.diagnostics.contains(message), "\(run.diagnostics)")
        if let location { #expect(run.diagnostics.contains("<test>:\(location)"), "\(run.diagnostics)") }
        if let hint { #expect(run.diagnostics.contains("hint: ") && run.diagnostics.contains(hint), "\(run.diagnostics)") }
    }

    @Test("the same seed gives the same experiment, another seed another")
    func deterministic() throws {
        let code = { (seed: Int) in "seed(\(seed)); s = degree_sweep(dataset(\"cubic\"), degrees: 0...6); r = overfit_net(dataset(\"cubic\"), epochs: 30); print(s.test, r.test[-1], cross_val(3, dataset(\"cubic\")))" }
        let first = try PluginRun(code(4)).shown, again = try PluginRun(code(4)).shown, other = try PluginRun(code(5)).shown
        #expect(first == again)
        #expect(first != other)
    }

    @Test("the sweep returns its numbers; the best degree has the smallest test error")
    func sweepResult() throws {
        let run = try PluginRun("""
            seed(3)
            s = degree_sweep(dataset("cubic", n: 40), degrees: 0...10)
            print(s)
            print(s.degrees, s.params[10], len(s.fits), s.test[s.best] == min(s.test), s.fits[3].degree)
            print(s.train[10] <= s.train[3], s.best >= 3)
            """)
        #expect(run.diagnostics == "")
        let lines = run.shown.split(separator: "\n").suffix(3)
        #expect(lines.first?.hasPrefix("sweep(best degree: ") == true)
        #expect(Array(lines.dropFirst()) == ["[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] 11 11 true 3", "true true"])
    }

    @Test("early stopping stops when the test loss has not improved for patience epochs, and keeps the best weights")
    func earlyStopping() throws {
        let run = try PluginRun("""
            seed(1)
            train = dataset("cubic", n: 10)
            test = dataset("cubic", n: 60, noise: 0)
            r = overfit_net(train, test: test, epochs: 1500, patience: 40)
            print(r.stopped == r.best_epoch + 40, r.epochs == r.stopped, len(r.test) == r.stopped)
            print(near(mse(predict(r.net, test.x), test.y), r.test[r.best_epoch - 1]))
            """)
        #expect(run.diagnostics == "")
        #expect(run.shown.hasSuffix("true true true\ntrue\n"), "\(run.shown)")
        #expect(run.shown.contains("stopped early after epoch"))
    }

    @Test("weight decay keeps a network's weights smaller")
    func weightDecay() throws {
        let run = try PluginRun("""
            seed(1)
            data = dataset("cubic", n: 12)
            seed(7)
            free = overfit_net(data, epochs: 300)
            seed(7)
            held = overfit_net(data, epochs: 300, weight_decay: 0.05)
            print(l2(held.net) < l2(free.net))
            """)
        #expect(run.diagnostics == "")
        #expect(run.shown.hasSuffix("true\n"))
    }

    @Test("a learning curve's test error falls as the training set grows")
    func learningCurve() throws {
        let run = try PluginRun("""
            seed(5)
            c = learning_curve(5, dataset("cubic", n: 80), sizes: [6, 10, 20, 40, 56])
            print(c.sizes, c.test[-1] < c.test[0], c.train[0] < c.train[-1])
            f = learning_curve(fn(train) = polyfit(train.x, train.y, 2), dataset("cubic", n: 40))
            print(len(f.sizes) > 3)
            """)
        #expect(run.diagnostics == "")
        #expect(run.shown.contains("\n[6, 10, 20, 40, 56] true true\n"), "\(run.shown)")
        #expect(run.shown.hasSuffix("\ntrue\n"), "\(run.shown)")
    }

    @Test("k-fold: folds as records, and cross-validation picks a degree near the truth")
    func crossValidation() throws {
        let run = try PluginRun("""
            seed(8)
            data = dataset("cubic", n: 60)
            folds = kfold(data, k: 4)
            print(len(folds), folds[0].train.n, folds[0].test.n)
            scores = map(list(0..<9), fn(d) = cross_val(d, data, k: 5))
            best = 0
            for d in 0..<9 { if scores[d] < scores[best] { best = d } }
            print(best >= 3 and best <= 5, scores[1] > scores[3])
            ridged = cross_val(fn(t) = polyfit(t.x, t.y, 12, ridge: 0.001), data)
            print(ridged < cross_val(12, data))
            """)
        #expect(run.diagnostics == "")
        #expect(run.shown == "4 45 15\ntrue true\ntrue\n", "\(run.shown)")
    }

    @Test("networks and functions: cross-validated on copies, drawn beside the points, trained on classes")
    func networksAndFunctions() throws {
        let run = try PluginRun("""
            seed(1)
            net = mlp([1, 8, 1])
            before = l2(net)
            print(type(cross_val(net, dataset("cubic", n: 20), k: 2, epochs: 20)), l2(net) == before)
            show_fit(dataset("cubic"), [fn(x) = 4*x^3 - 3*x, net], height: 6)
            r = overfit_net(dataset("moons", n: 40), epochs: 50, lr: 0.5, height: 4)
            print(r.net.sizes, r.epochs)
            """)
        #expect(run.diagnostics == "")
        #expect(run.shown.hasPrefix("number true\n"), "\(run.shown)")
        #expect(run.shown.contains("• fn 1   × network 2 (25 params)   + data"), "\(run.shown)")
        #expect(run.shown.contains("train BCE "), "\(run.shown)")
        #expect(run.shown.hasSuffix("[2, 32, 32, 1] 50\n"), "\(run.shown)")
    }

    @Test("noisy labels: the same x with noisier y, and more of them changed as the noise grows")
    func labelNoise() throws {
        let run = try PluginRun("""
            seed(2)
            clean = dataset("cubic", noise: 0)
            seed(2)
            noisy = dataset("cubic", noise: 0.5)
            print(clean.x == noisy.x, clean.y != noisy.y)
            worse = add_noise(clean, 0.5)
            print(worse.x == clean.x, mean((worse.y - clean.y)^2) > 0.05)
            moons = dataset("moons", n: 200)
            print(sum(abs(add_noise(moons, 0).y - moons.y)), sum(abs(add_noise(moons, 0.5).y - moons.y)) > 60)
            """)
        #expect(run.diagnostics == "")
        #expect(run.shown == "true true\ntrue true\ntensor(0) true\n", "\(run.shown)")
    }
}
