import KnobsEngine

extension StandardLibrary {
    static let training: [(String, Value)] = [
        function(
            Signature("dataset", "name", "y", defaults: ["y": .nil], options: ["n": .nil, "noise": .nil, "classes": .nil]),
            "A seeded data set: \"line\", \"sine\", \"xor\", \"moons\", \"circles\" or \"spiral\"; dataset(\"moons\", n: 100, noise: 0.1). dataset(x, y) makes one of your own (classes: n for labels 0..<n)."
        ) { args, context in
            if !args[0].isString { return try customDataset(args, context) }
            if case .nil = args[1] {} else {
                throw RuntimeError("a built-in data set takes no targets", hint: "dataset(\"moons\", n: 100); for your own data write dataset(x, y)", argument: 1)
            }
            let name = try args.string(0, "dataset")
            let recipe = context.datasetRecipes[name]
            let names = Dataset.catalogue.map(\.name) + context.datasetRecipes.keys.sorted()
            guard names.contains(name) else {
                let list = "the data sets are " + names.map { "\"\($0)\"" }.joined(separator: ", ")
                let hint = Suggestions.closest(to: name, among: names).map { "did you mean \"\($0)\"?" } ?? list
                throw RuntimeError("there is no data set called '\(name)'", hint: hint, argument: 0)
            }
            let count = try args.optionalWhole(2, "dataset")
            if let count, count < 1 {
                throw RuntimeError("a data set needs at least one sample, got n: \(count)", argument: 2)
            }
            let noise: Double? = if case .nil = args[3] { nil } else { try args.number(3, "dataset") }
            if let noise, !(noise >= 0 && noise.isFinite) {
                throw RuntimeError("noise is a number ≥ 0, got \(Value.number(noise).summary)", hint: "noise: 0 gives the exact shape", argument: 3)
            }
            let data = try recipe.map { try $0.make(count ?? $0.count, noise ?? $0.noise, &context.random) }
                ?? Dataset.make(name, count: count, noise: noise, random: &context.random)
            try context.chargeNew(data.x.count + data.y.count)
            return .object(DatasetObject(data))
        },
        function(Signature("split", "data", options: ["test": .number(0.3)]), "Shuffles a data set and splits it: s = split(data, test: 0.3) gives s.train and s.test.") { args, context in
            let data = try context.datasetArgument(args[0], argument: 0, "split")
            let fraction = try args.number(1, "split")
            guard fraction >= 0, fraction <= 1 else {
                throw RuntimeError("split's test: is the fraction of samples kept for testing, between 0 and 1, got \(Value.number(fraction).summary)", hint: "test: 0.3 keeps 30% for testing", argument: 1)
            }
            let (train, test) = try data.dataset.split(testFraction: fraction, random: &context.random)
            return .record(RecordValue(keys: ["train", "test"], values: [.object(DatasetObject(train)), .object(DatasetObject(test))]))
        },
        function(
            Signature("sgd", "params", defaults: ["params": .nil], options: ["lr": .number(0.001)]),
            "Plain gradient descent: each step moves every parameter by -lr * its gradient. sgd(lr: 0.1) is given the parameters at each step, opt.step(net); sgd(net, lr: 0.1) is bound to them, opt.step(). The default lr is PyTorch's, 0.001."
        ) { args, context in
            let lr = try args.number(1, "sgd")
            guard lr.isFinite else { throw RuntimeError("sgd needs a finite learning rate, got \(args[1].summary)", argument: 1) }
            return try context.optimizerValue(SGD(learningRate: lr), boundTo: args[0], argument: 0, "sgd")
        },
        function(
            Signature("optimizer", "rule", options: ["lr": .number(0.1), "name": .string("custom")]),
            "An optimizer with your own update rule, a function of a parameter, its gradient and the learning rate that returns the new parameter: optimizer(fn(p, g, lr) = p - lr * g, lr: 0.1, name: \"mine\")."
        ) { args, context in
            guard case .function = args[0] else {
                throw RuntimeError("optimizer needs an update rule, got \(args[0].describedType)", hint: "optimizer(fn(p, g, lr) = p - lr * g)", argument: 0)
            }
            let lr = try args.number(1, "optimizer")
            guard lr.isFinite else { throw RuntimeError("optimizer needs a finite learning rate, got \(args[1].summary)", argument: 1) }
            let name = try args.string(2, "optimizer")
            return .object(OptimizerObject(ScriptedOptimizer(name: name, learningRate: lr, rule: args[0], context: context)))
        },
        function(
            Signature("train", "model", "data", options: ["loss": .nil, "opt": .nil, "epochs": .number(100), "batch": .number(0), "l2": .number(0)]),
            "Trains a model on a data set and returns its history: train(net, data, loss: \"bce\", opt: sgd(lr: 0.5), epochs: 100, batch: 0 (all), l2: 0)."
        ) { args, context in
            try train(args, context)
        },
    ]

    /// `dataset(x, y)`: the learner's own inputs and targets.
    private static func customDataset(_ args: Arguments, _ context: CallContext) throws -> Value {
        guard case .nil = args[2], case .nil = args[3] else {
            throw RuntimeError("n: and noise: are for the built-in data sets", hint: "your own data set has the samples you give it", argument: 2)
        }
        if case .nil = args[1] {
            throw RuntimeError("dataset(x, y) needs the targets y too", hint: "one target per row of x: dataset(x, y)", argument: 0)
        }
        let x = try context.tensor(from: args[0], argument: 0, "dataset")
        let y = try context.tensor(from: args[1], argument: 1, "dataset")
        let classes = try args.optionalWhole(4, "dataset")
        return .object(DatasetObject(try Dataset(x: x, y: y, classes: classes)))
    }

    private static func train(_ args: Arguments, _ context: CallContext) throws -> Value {
        let model = try context.modelArgument(args[0], "train")
        let data = try context.datasetArgument(args[1], argument: 1, "train").dataset
        let optimizer: any Optimizer
        switch args[3] {
        case .nil: optimizer = SGD(learningRate: 0.1)
        case .object(let o as OptimizerObject):
            try o.checkBound(to: model.module.parameters, "train", argument: 3)
            optimizer = o.optimizer
        default: throw RuntimeError("train's opt: needs an optimizer, got \(args[3].describedType)", hint: "opt: sgd(lr: 0.1)", argument: 3)
        }
        var trainer = Trainer(model: model.module, loss: try lossFunction(args[2], for: data, context), optimizer: optimizer)
        trainer.epochs = try args.wholeNumber(4, "train")
        trainer.batchSize = try args.wholeNumber(5, "train")
        trainer.l2 = try args.number(6, "train")
        let work = Swift.max(1, (Swift.min(trainer.batchSize == 0 ? data.count : trainer.batchSize, data.count) * model.module.parameterCount) >> 6)
        trainer.afterStep = { _ in try context.countSteps(work) }
        let history = try trainer.train(on: data, random: &context.random)
        return .object(HistoryObject(history))
    }

    /// The loss `train` uses: a name, a knobs function of (prediction, target), or the task's usual one.
    private static func lossFunction(_ value: Value, for data: Dataset, _ context: CallContext) throws -> Trainer.LossFunction {
        switch value {
        case .nil:
            let loss: Loss = switch data.task {
            case .regression: .mse
            case .binary: .bce
            case .classes: .crossEntropy
            }
            return { try loss($0, $1) }
        case .string(let name):
            guard let loss = Loss(rawValue: name) else {
                let names = Loss.allCases.map(\.rawValue)
                let choices = "choose " + names.map { "\"\($0)\"" }.joined(separator: ", ") + ", or pass a function fn(prediction, target)"
                let hint = Suggestions.closest(to: name, among: names).map { "did you mean \"\($0)\"?" } ?? choices
                throw RuntimeError("there is no loss '\(name)'", hint: hint, argument: 2)
            }
            return { try loss($0, $1) }
        case .function:
            return { prediction, target in
                let result = try context.call(value, [.object(prediction), .object(target)])
                guard let tensor = result.tensor, tensor.count == 1 else {
                    let got = result.tensor.map { "a tensor of shape \(Shape.describe($0.shape))" } ?? result.describedType
                    throw RuntimeError("the loss function must return a single number computed from the prediction, got \(got)", hint: result.tensor == nil ? "compute it from the prediction: fn(p, y) = mean((p - y)^2)" : "reduce it with mean(...) or sum(...)")
                }
                return tensor
            }
        default:
            throw RuntimeError("train's loss: needs a name or a function, got \(value.describedType)", hint: "loss: \"mse\"", argument: 2)
        }
    }
}
