import KnobsPluginAPI

/// `overfit_net`: a big network on a few noisy points, its train and test loss epoch by epoch.
struct NetworkFunctions {
    let terminal: Terminal

    /// The hidden layers a network gets when the program gives no sizes: far more parameters than a few points need.
    static let hiddenSizes = [32, 32]
    /// The hints for a bad `epochs:` and `lr:`, here and in `learning_curve` and `cross_val`.
    static let epochsHint = "epochs: 300 is a few seconds of training; each epoch is one pass over the training points"
    static let learningRateHint = "lr: 0.1 is the usual start; a smaller one learns more slowly"

    var functions: [Function] { [overfitNet] }

    var overfitNet: Function {
        Function(
            Signature("overfit_net", "data", options: [
                "sizes": .nil, "epochs": .number(1500), "test": .number(0.3), "lr": .number(0.03), "opt": .nil,
                "act": .string("relu"), "weight_decay": .number(0), "patience": .number(0), "width": .nil, "height": .nil,
            ]),
            doc: "Trains a network (sizes: [1, 32, 32, 1] and act: \"relu\" by default) on the training part of a data set, full batch, and draws its train and test loss after every epoch: the gap that opens is overfitting. overfit_net(data, epochs: 1500, test: 0.3, lr: 0.03) (plain gradient descent); opt: another optimizer; weight_decay: 0.01 pulls every weight towards 0 at each step (PyTorch's weight_decay); patience: 50 stops once the test loss has not improved for 50 epochs and keeps the best weights. Returns the run: r.net, r.train, r.test, r.best_epoch, r.stopped."
        ) { args, context in
            try run(args, context)
        }
    }

    private func run(_ args: Arguments, _ context: CallContext) throws -> Value {
        let reader = PointReader(function: "overfit_net", context: context)
        let data = try reader.dataset(args[0], argument: 0)
        let inputs = data.x.shape.last ?? 1
        let outputs = if case .classes(let n) = data.task { n } else { 1 }
        let sizes: [Int] = if case .nil = args[1] { [inputs] + NetworkFunctions.hiddenSizes + [outputs] }
            else { try reader.wholeNumbers(args[1], argument: 1, name: "sizes", in: 1...100_000, hint: "sizes: [\(inputs), 32, 32, \(outputs)]") }
        guard sizes.count >= 2, sizes.first == inputs, sizes.last == outputs else {
            throw RuntimeError(
                "overfit_net's sizes must start with the data's \(inputs) input\(inputs == 1 ? "" : "s") and end with \(outputs) output\(outputs == 1 ? "" : "s"), got \(sizes)",
                hint: "sizes: [\(inputs), 32, 32, \(outputs)]", argument: 1)
        }
        var settings = NetworkRun.Settings(epochs: try reader.whole(args[2], argument: 2, name: "epochs", in: 1...1_000_000, hint: NetworkFunctions.epochsHint))
        let optimizer: any Optimizer
        switch args[5] {
        case .nil:
            let lr = try reader.nonNegative(args[4], argument: 4, name: "lr", hint: NetworkFunctions.learningRateHint)
            optimizer = SGD(learningRate: lr)
        case .object(let given as OptimizerObject):
            optimizer = try given.unbound("overfit_net", argument: 5)
        default:
            throw RuntimeError("overfit_net's opt: needs an optimizer, got \(args[5].describedType)", hint: "opt: sgd(lr: 0.1)", argument: 5)
        }
        let activationName = try args.string(6, "overfit_net")
        guard let activation = MLP.Activation(rawValue: activationName) else {
            throw RuntimeError("there is no activation '\(activationName)'", hint: "choose " + MLP.Activation.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "), argument: 6)
        }
        settings.weightDecay = try reader.nonNegative(args[7], argument: 7, name: "weight_decay", hint: "weight_decay: 0.001 is gentle, 0.1 strong")
        settings.patience = try reader.whole(args[8], argument: 8, name: "patience", in: 0...Int.max, hint: "patience: 0 trains every epoch; patience: 50 stops after 50 epochs without a better test loss")
        let size = try DrawingSize(width: args[9], height: args[10], widthArgument: 9, terminal: terminal, defaultHeight: PlotLibrary.lineHeight, reader: reader)
        let holdout = try Holdout(data, test: args[3], argument: 3, reader: reader)

        let model = try MLP(sizes: sizes, activation: activation, random: &context.random)
        try context.chargeNew(model.parameterCount)
        let work = max(1, (3 * holdout.train.count * model.parameterCount) >> 6)
        let run = try NetworkRun(model: model, train: holdout.train, test: holdout.test, optimizer: optimizer, settings: settings) {
            try context.countSteps(work)
        }
        let report = NetworkReport(run: run, model: model, train: holdout.train, test: holdout.test, settings: settings)
        try context.write(report.render(width: size.width, height: size.height, terminal: terminal))
        return try context.newResult(report.result)
    }
}
