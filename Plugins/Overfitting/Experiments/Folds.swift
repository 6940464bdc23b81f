import KnobsPluginAPI

/// k-fold cross-validation: the samples shuffled and dealt into k parts of
/// nearly equal size; fold i tests on part i and trains on the others, so
/// every sample is tested on exactly once.
struct Folds {
    let folds: [(train: Dataset, test: Dataset)]

    /// - Precondition: 2 ≤ k ≤ the number of samples.
    init(_ data: Dataset, k: Int, random: inout RandomGenerator) throws {
        precondition(k >= 2 && k <= data.count)
        let order = Dataset.shuffled(data.count, random: &random)
        var parts: [[Int]] = []
        var start = 0
        for part in 0..<k {
            let size = data.count / k + (part < data.count % k ? 1 : 0)
            parts.append(Array(order[start..<(start + size)]))
            start += size
        }
        folds = try parts.indices.map { held in
            let rest = parts.indices.filter { $0 != held }.flatMap { parts[$0] }
            return (try data.subset(rest), try data.subset(parts[held]))
        }
    }

    /// The mean test loss of `recipe` over the folds, each fitted on its training part.
    func meanTestLoss(_ recipe: ModelRecipe, context: CallContext, function: String) throws -> Double {
        var total = 0.0
        for fold in folds {
            let predict = try recipe.fit(fold.train, context: context, function: function)
            total += try TaskLoss(fold.test.task).measure(predict, on: fold.test)
        }
        return total / Double(folds.count)
    }
}
