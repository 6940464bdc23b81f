import KnobsPluginAPI

/// What `learning_curve` shows: the errors at every size, as a table and a chart.
struct CurveReport {
    let curve: LearningCurve
    let testCount: Int

    func render(width: Int, height: Int, terminal: Terminal) -> String {
        let points = curve.points
        let largest = points.flatMap { [$0.trainError, $0.testError] }.filter(\.isFinite).max() ?? 0
        let name = curve.loss.name
        let table = ErrorTable(
            headers: ["samples", "train \(name)", "test \(name)"],
            rows: points.map { ["\($0.size)", ErrorTable.number($0.trainError, largest: largest), ErrorTable.number($0.testError, largest: largest)] },
            best: nil)
        let chart = ErrorChart(
            x: points.map { Double($0.size) }, train: points.map(\.trainError), test: points.map(\.testError), best: nil,
            title: "error by number of training samples (\(testCount) test samples)", xLabel: "training samples",
            errorName: curve.loss.loss == .mse ? "mean squared error" : "loss")
        return table.render(terminal: terminal) + "\n" + chart.render(width: width, height: height, terminal: terminal)
    }

    /// The curve as a value: `c.sizes`, `c.train`, `c.test`.
    var result: ResultObject {
        let first = curve.points.first, last = curve.points.last
        let name = curve.loss.name
        let summary = "samples: \(first?.size ?? 0) to \(last?.size ?? 0), test \(name): "
            + "\(ErrorTable.number(first?.testError ?? .nan, largest: 1)) to \(ErrorTable.number(last?.testError ?? .nan, largest: 1))"
        return ResultObject(
            typeName: "curve", summary: summary,
            properties: [
                ("sizes", .numbers(curve.points.map { Double($0.size) })),
                ("train", .numbers(curve.points.map(\.trainError))),
                ("test", .numbers(curve.points.map(\.testError))),
            ])
    }

    /// The documentation of what `learning_curve` returns.
    static let documentation = ObjectTypeDoc(
        name: "curve",
        summary: "What learning_curve returns: the errors at each number of training samples.",
        members: [
            ("sizes", "the numbers of training samples, in order"),
            ("train", "the error on the samples it was fitted to, at each size"),
            ("test", "the error on the test samples, at each size"),
        ])
}
