import KnobsPluginAPI

/// `add_noise`: the same samples with worse labels.
struct DataFunctions {
    var functions: [Function] { [addNoise] }

    var addNoise: Function {
        Function(
            Signature("add_noise", "data", "noise", defaults: ["noise": .number(0.3)]),
            doc: "A copy of a data set with noisier labels, from the run's seeded generator: numbers get Gaussian noise of that standard deviation (add_noise(data, 0.5)); class labels are each changed to another class with that probability (add_noise(moons, 0.2))."
        ) { args, context in
            let reader = PointReader(function: "add_noise", context: context)
            let data = try reader.dataset(args[0], argument: 0)
            let amount = try reader.nonNegative(args[1], argument: 1, name: "noise", hint: "add_noise(data, 0.5) adds noise of standard deviation 0.5")
            if data.task != .regression, amount > 1 {
                throw RuntimeError("add_noise's noise for class labels is the chance that a label changes, from 0 to 1, got \(NumberFormatting.shortest(amount))",
                                   hint: "add_noise(data, 0.2) changes about one label in five", argument: 1)
            }
            let noisy = LabelNoise.apply(amount, to: data, random: &context.random)
            try context.chargeNew(noisy.count)
            return Value(dataset: noisy)
        }
    }
}
