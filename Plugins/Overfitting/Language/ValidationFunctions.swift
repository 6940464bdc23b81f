import KnobsPluginAPI

/// `learning_curve`, `kfold` and `cross_val`: more data, and a fairer test.
struct ValidationFunctions {
    let terminal: Terminal

    var functions: [Function] { [learningCurve, kfold, crossVal] }

    var learningCurve: Function {
        Function(
            Signature("learning_curve", "model", "data", options: [
                "sizes": .nil, "test": .number(0.3), "epochs": .number(300), "lr": .number(0.1), "width": .nil, "height": .nil,
            ]),
            doc: "Fits a model to more and more of the training part of a data set and draws its training and test error against the number of samples: does more data help? The model is a degree (learning_curve(9, data)), a polynomial (its degree and ridge), a network (copied, then trained epochs: 300 with sgd(lr: 0.1)), or a function of the training set that returns a fitted model. sizes: [5, 10, 20]; test: 0.3 or a data set. Returns the curve: c.sizes, c.train, c.test."
        ) { args, context in
            let reader = PointReader(function: "learning_curve", context: context)
            let data = try reader.dataset(args[1], argument: 1)
            let recipe = try ModelRecipe(args[0], argument: 0, function: "learning_curve",
                                         epochs: try reader.whole(args[4], argument: 4, name: "epochs", in: 1...1_000_000,
                                                                  hint: NetworkFunctions.epochsHint),
                                         learningRate: try reader.nonNegative(args[5], argument: 5, name: "lr", hint: NetworkFunctions.learningRateHint))
            let size = try DrawingSize(width: args[6], height: args[7], widthArgument: 6, terminal: terminal, defaultHeight: PlotLibrary.lineHeight, reader: reader)
            let holdout = try Holdout(data, test: args[3], argument: 3, reader: reader)
            let available = holdout.train.count
            let sizes: [Int] = if case .nil = args[2] { LearningCurve.defaultSizes(available: available) }
                else { try reader.wholeNumbers(args[2], argument: 2, name: "sizes", in: 1...available,
                                               hint: "the test part is held out first, so \(available) samples are left to train on") }
            let curve = try LearningCurve(recipe, train: holdout.train, test: holdout.test, sizes: sizes, context: context, function: "learning_curve")
            let report = CurveReport(curve: curve, testCount: holdout.test.count)
            try context.write(report.render(width: size.width, height: size.height, terminal: terminal))
            return try context.newResult(report.result)
        }
    }

    var kfold: Function {
        Function(
            Signature("kfold", "data", options: ["k": .number(5)]),
            doc: "Shuffles a data set and deals it into k parts: a list of k folds, each a record {train, test} that tests on one part and trains on the rest, so every sample is tested on once. for f in kfold(data, k: 5) { ... }."
        ) { args, context in
            let reader = PointReader(function: "kfold", context: context)
            let data = try reader.dataset(args[0], argument: 0)
            let k = try foldCount(args[1], argument: 1, data: data, reader: reader)
            let folds = try Folds(data, k: k, random: &context.random)
            return try context.newList(folds.folds.map { fold in
                .record(RecordValue(keys: ["train", "test"], values: [Value(dataset: fold.train), Value(dataset: fold.test)]))
            })
        }
    }

    var crossVal: Function {
        Function(
            Signature("cross_val", "model", "data", options: ["k": .number(5), "epochs": .number(300), "lr": .number(0.1)]),
            doc: "k-fold cross-validation: the mean test error of a model over the k folds of a data set, each fold fitted on the other parts. A model is what learning_curve takes: cross_val(3, data, k: 5) for degree 3, or cross_val(fn(train) = polyfit(train.x, train.y, 9, ridge: 0.01), data). Pick the degree or ridge strength with the smallest."
        ) { args, context in
            let reader = PointReader(function: "cross_val", context: context)
            let data = try reader.dataset(args[1], argument: 1)
            let k = try foldCount(args[2], argument: 2, data: data, reader: reader)
            let recipe = try ModelRecipe(args[0], argument: 0, function: "cross_val",
                                         epochs: try reader.whole(args[3], argument: 3, name: "epochs", in: 1...1_000_000,
                                                                  hint: NetworkFunctions.epochsHint),
                                         learningRate: try reader.nonNegative(args[4], argument: 4, name: "lr", hint: NetworkFunctions.learningRateHint))
            let folds = try Folds(data, k: k, random: &context.random)
            return .number(try folds.meanTestLoss(recipe, context: context, function: "cross_val"))
        }
    }

    /// `k:`: at least 2 folds, and no more than there are samples.
    private func foldCount(_ value: Value, argument: Int, data: Dataset, reader: PointReader) throws -> Int {
        guard data.count >= 2 else {
            throw RuntimeError("\(reader.function) needs at least 2 samples to make folds, got \(data.count)", hint: "make more with dataset(\"cubic\", n: 30)", argument: 0)
        }
        return try reader.whole(value, argument: argument, name: "k", in: 2...data.count,
                                hint: "k: 5 is usual; each fold holds out about 1/k of the samples")
    }
}
