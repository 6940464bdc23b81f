import KnobsPluginAPI

/// `compare_optimizers(net, data, [opts], epochs:)`: the loss curves of several optimizers on one chart.
struct CompareFunction {
    let terminal: Terminal
    let defaultWidth: Int

    static let signature = Signature("compare_optimizers", "model", "data", "optimizers", options: [
        "epochs": .number(100), "loss": .nil, "batch": .number(0), "labels": .nil, "title": .nil, "width": .nil, "height": .nil,
    ])
    static let doc = "Trains a copy of the network (same start, same batches) with each optimizer and draws their loss curves on one chart; net itself is not changed. compare_optimizers(net, data, [sgd(lr: 0.1), adam(lr: 0.01)], epochs: 100, loss: \"bce\", batch: 0) gives a list of {name, loss, accuracy}."

    var function: (name: String, value: Value) {
        (CompareFunction.signature.name, .function(Function(CompareFunction.signature, doc: CompareFunction.doc) { [self] args, context in
            try compare(args, context)
        }))
    }

    private func compare(_ args: Arguments, _ context: CallContext) throws -> Value {
        guard let model = args[0].module else {
            throw RuntimeError("compare_optimizers needs a network, got \(args[0].describedType)", hint: "net = mlp([2, 8, 1])", argument: 0)
        }
        guard let data = args[1].dataset else {
            throw RuntimeError("compare_optimizers needs a data set, got \(args[1].describedType)", hint: "data = dataset(\"moons\")", argument: 1)
        }
        let optimizers = try RaceFunctions.optimizers(args[2], argument: 2, "compare_optimizers", context)
        guard Set(optimizers.map(ObjectIdentifier.init)).count == optimizers.count else {
            throw RuntimeError("compare_optimizers needs a different optimizer for each run: the same one is in the list twice", hint: "make each with its own call: [adam(lr: 0.01), adam(lr: 0.1)]", argument: 2)
        }
        let labels = try RaceFunctions.labels(args[6], for: optimizers, argument: 6, "compare_optimizers")
        var comparison = OptimizerComparison(model: model, data: data, loss: try lossFunction(args[4], data, context))
        comparison.epochs = try args.wholeNumber(3, "compare_optimizers's epochs:")
        comparison.batchSize = try args.wholeNumber(5, "compare_optimizers's batch:")
        guard comparison.epochs >= 1 else { throw RuntimeError("compare_optimizers needs 1 or more epochs, got \(comparison.epochs)", argument: 3) }
        guard comparison.batchSize >= 0 else { throw RuntimeError("compare_optimizers's batch: must be ≥ 0 (0 is the whole data set), got \(comparison.batchSize)", argument: 5) }
        let title = try PlotOptions.text(args[7], "compare_optimizers", "title") ?? "loss per epoch"
        let size = try PlotOptions.size(args[8], args[9], "compare_optimizers", defaultWidth: defaultWidth, defaultHeight: 12)
        let batch = comparison.batchSize == 0 ? data.count : min(comparison.batchSize, data.count)
        let work = max(1, (batch * model.parameterCount) >> 6)
        try context.chargeNew(model.parameterCount * 4)
        let start = context.random
        var after = start
        for (optimizer, label) in zip(optimizers, labels) {
            var random = start
            try comparison.run(optimizer, label: label, random: &random) { _ in try context.countSteps(work) }
            after = random
        }
        context.random = after  // the learner's generator moves on as after one training
        let chart = LineChart(series: comparison.runs.map { LineChart.Series($0.history.loss, label: $0.label) }, title: title, xLabel: "epoch", yLabel: "loss")
        try context.write(chart.render(width: size.width, height: size.height, terminal: terminal))
        return try context.newList(comparison.runs.map { run in
            .record(RecordValue(keys: ["name", "loss", "accuracy"], values: [
                .string(run.label), .list(ListValue(run.history.loss.map { .number($0) })), .list(ListValue(run.history.accuracy.map { .number($0) })),
            ]))
        })
    }

    /// The loss by name (`"mse"`, `"bce"`, …), a knobs function of (prediction, target), or the task's usual one.
    private func lossFunction(_ value: Value, _ data: Dataset, _ context: CallContext) throws -> Trainer.LossFunction {
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
                throw RuntimeError("there is no loss '\(name)'", hint: "choose " + Loss.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "), argument: 4)
            }
            return { try loss($0, $1) }
        case .function:
            return { prediction, target in
                guard let tensor = try context.call(value, [.object(prediction), .object(target)]).tensor, tensor.count == 1 else {
                    throw RuntimeError("the loss function must return a single number computed from the prediction", hint: "fn(p, y) = mean((p - y)^2)")
                }
                return tensor
            }
        default:
            throw RuntimeError("compare_optimizers's loss: needs a name or a function, got \(value.describedType)", hint: "loss: \"mse\"", argument: 4)
        }
    }
}
