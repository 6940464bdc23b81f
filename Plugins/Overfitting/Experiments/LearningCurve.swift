import KnobsPluginAPI

/// One kind of model fitted to more and more of the training samples and
/// measured on them and on a fixed test set: does more data help?
struct LearningCurve {
    /// The error of the model fitted to the first `size` training samples.
    struct Point {
        let size: Int
        let trainError: Double
        let testError: Double
    }

    let points: [Point]
    let loss: TaskLoss

    /// Fits `recipe` to the first `size` samples of `train` for each size, in order.
    init(_ recipe: ModelRecipe, train: Dataset, test: Dataset, sizes: [Int], context: CallContext, function: String) throws {
        loss = TaskLoss(train.task)
        var points: [Point] = []
        for size in sizes {
            let part = try train.subset(Array(0..<size))
            let predict = try recipe.fit(part, context: context, function: function)
            points.append(Point(size: size, trainError: try loss.measure(predict, on: part), testError: try loss.measure(predict, on: test)))
        }
        self.points = points
    }

    /// About eight sizes spread evenly up to all `available` samples.
    static func defaultSizes(available: Int) -> [Int] {
        let steps = min(8, available)
        var sizes: [Int] = []
        for step in 1...max(steps, 1) {
            let size = max(1, Int((Double(available) * Double(step) / Double(max(steps, 1))).rounded()))
            if sizes.last != size { sizes.append(size) }
        }
        return sizes
    }
}
