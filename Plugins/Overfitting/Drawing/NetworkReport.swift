import KnobsPluginAPI

/// What `overfit_net` shows: a few lines on how training went, and the train
/// and test loss per epoch.
struct NetworkReport {
    let run: NetworkRun
    let model: MLP
    let train: Dataset
    let test: Dataset
    let settings: NetworkRun.Settings

    private var loss: TaskLoss { TaskLoss(train.task) }
    private var epochs: Int { run.trainLoss.count }

    func render(width: Int, height: Int, terminal: Terminal) -> String {
        let largest = (run.trainLoss + run.testLoss).filter(\.isFinite).max() ?? 0
        let number = { (value: Double) in ErrorTable.number(value, largest: largest) }
        let name = loss.name
        var lines = [
            "mlp(\(model.sizes)) with \(model.parameterCount) parameters, \(train.count) training and \(test.count) test samples",
            "after epoch \(epochs): train \(name) \(number(run.trainLoss.last ?? .nan)), test \(name) \(number(run.testLoss.last ?? .nan))",
        ]
        if run.bestEpoch > 0 { lines.append("best test \(name): \(number(run.testLoss[run.bestEpoch - 1])) after epoch \(run.bestEpoch)") }
        if let diverged = run.divergedEpoch {
            lines.append("the training loss stopped being a number after epoch \(diverged): the steps were too big, so training stopped; try a smaller lr")
        }
        if let stopped = run.stoppedEpoch {
            lines.append("stopped early after epoch \(stopped): no better test \(name) for \(settings.patience) epochs; the weights of epoch \(run.bestEpoch) are back")
        }
        let decay = settings.weightDecay > 0 ? ", weight decay \(NumberFormatting.shortest(settings.weightDecay))" : ""
        let chart = ErrorChart(
            x: (1...epochs).map(Double.init), train: run.trainLoss, test: run.testLoss,
            best: run.bestEpoch > 0 ? (Double(run.bestEpoch), "best: epoch \(run.bestEpoch)") : nil,
            title: "loss per epoch\(decay)", xLabel: "epoch", errorName: loss.loss == .mse ? "mean squared error" : "loss")
        let text = lines.map { line in MarkdownRenderer(terminal: terminal).render(line + "\n") }.joined()
        return text + "\n" + chart.render(width: width, height: height, terminal: terminal)
    }

    /// The run as a value: `r.net`, `r.train`, `r.test`, `r.best_epoch`, `r.stopped`.
    var result: ResultObject {
        let name = loss.name
        let summary = "epochs: \(epochs), train \(name): \(ErrorTable.number(run.trainLoss.last ?? .nan, largest: 1)), "
            + "test \(name): \(ErrorTable.number(run.testLoss.last ?? .nan, largest: 1)), best epoch: \(run.bestEpoch)"
        return ResultObject(
            typeName: "training", summary: summary,
            properties: [
                ("net", Value(model: model)),
                ("train", .numbers(run.trainLoss)),
                ("test", .numbers(run.testLoss)),
                ("best_epoch", .number(Double(run.bestEpoch))),
                ("stopped", run.stoppedEpoch.map { .number(Double($0)) } ?? .nil),
                ("epochs", .number(Double(epochs))),
            ])
    }

    /// The documentation of what `overfit_net` returns.
    static let documentation = ObjectTypeDoc(
        name: "training",
        summary: "What overfit_net returns: the network and its losses, epoch by epoch.",
        members: [
            ("net", "the trained network (with the best epoch's weights when it stopped early)"),
            ("train", "the loss on the training samples after each epoch"),
            ("test", "the loss on the test samples after each epoch"),
            ("best_epoch", "the epoch with the smallest test loss (the first is 1)"),
            ("stopped", "the epoch training stopped at early, or nil when it ran every epoch"),
            ("epochs", "how many epochs it trained"),
        ])
}
