import KnobsEngine

extension StandardLibrary {
    static let networks: [(String, Value)] = [
        function(Signature("linear", "inputs", "outputs"), "A layer x @ w + b with w of shape [inputs, outputs], started at random (uniform ±1/√inputs).") { args, context in
            let layer = try Linear(inputs: try args.wholeNumber(0, "linear"), outputs: try args.wholeNumber(1, "linear"), random: &context.random)
            return try context.model(layer)
        },
        function(Signature("mlp", "sizes", options: ["act": .string("tanh")]), "A network of linear layers with an activation between them: mlp([2, 16, 16, 1], act: \"relu\").") { args, context in
            let sizes = try context.numbers(of: args[0], argument: 0, "mlp").map { n -> Int in
                guard n == n.rounded(), n >= 1, n <= 1e9 else {
                    throw RuntimeError("mlp needs layer sizes that are whole numbers ≥ 1, got \(Value.number(n).summary)", argument: 0)
                }
                return Int(n)
            }
            let name = try args.string(1, "mlp")
            guard let activation = MLP.Activation(rawValue: name) else {
                let names = MLP.Activation.allCases.map(\.rawValue)
                let choices = "choose " + names.map { "\"\($0)\"" }.joined(separator: ", ")
                throw RuntimeError("there is no activation '\(name)'", hint: Suggestions.closest(to: name, among: names).map { "did you mean \"\($0)\"?" } ?? choices, argument: 1)
            }
            return try context.model(try MLP(sizes: sizes, activation: activation, random: &context.random))
        },
        function(Signature("count_params", "model"), "How many numbers a model (or a list of parameters) has that training can change.") { args, context in
            if case .object(let fitted as any FittedModel) = args[0] { return .number(Double(fitted.parameterCount)) }
            return .number(Double(try context.parameters(of: args[0], "count_params").reduce(0) { $0 + $1.count }))
        },
        loss(.mse, "Mean squared error: the average of (prediction - target)^2."),
        loss(.bce, "Binary cross-entropy from logits (raw scores) and labels 0 or 1; stable for any score."),
        loss(.crossEntropy, "Cross-entropy from logits [samples, classes] and whole-number class labels [samples]."),
        loss(.hinge, "The max-margin loss mean(relu(1 - y * score)) with labels ±1 (0 counts as -1)."),
        function(Signature("l2", "model"), "The sum of the squares of every parameter: add l2(net) * 1e-4 to a loss to keep weights small.") { args, context in
            try context.made(Loss.l2(try context.parameters(of: args[0], "l2")))
        },
        function(Signature("predict", "model", "x"), "The model's outputs for x, without recording gradients.") { args, context in
            if case .object(let fitted as any FittedModel) = args[0] {
                return try context.made(try fitted.predict(try context.tensor(from: args[1], argument: 1, "predict")))
            }
            let model = try context.modelArgument(args[0], "predict")
            let x = try context.tensor(from: args[1], argument: 1, "predict")
            return try context.made(try Metrics.predict(model.module, x))
        },
        function(Signature("accuracy", "model", "data"), "The fraction of a data set's samples the model classifies correctly.") { args, context in
            let model = try context.modelArgument(args[0], "accuracy")
            return .number(try Metrics.accuracy(model.module, try context.datasetArgument(args[1], argument: 1, "accuracy").dataset))
        },
    ]

    /// A loss function by its engine name: `mse(prediction, target)`.
    private static func loss(_ loss: Loss, _ doc: String) -> (String, Value) {
        function(Signature(loss.rawValue, "prediction", "target"), doc) { args, context in
            let prediction = try context.tensor(from: args[0], argument: 0, loss.rawValue)
            let target = try context.tensor(from: args[1], argument: 1, loss.rawValue)
            return try context.made(try loss(prediction, target))
        }
    }
}

extension CallContext {
    /// A new model value, counted against the memory limit by its parameters.
    func model(_ module: any Module) throws -> Value {
        try chargeNew(module.parameterCount)
        return .object(ModelObject(module))
    }

    func modelArgument(_ value: Value, _ function: String) throws -> ModelObject {
        guard case .object(let o) = value, let model = o as? ModelObject else {
            throw RuntimeError("\(function) needs a model, got \(value.describedType)", hint: "make one with mlp([2, 8, 1]) or linear(1, 1)", argument: 0)
        }
        return model
    }

    func datasetArgument(_ value: Value, argument: Int, _ function: String) throws -> DatasetObject {
        guard case .object(let o) = value, let data = o as? DatasetObject else {
            throw RuntimeError("\(function) needs a data set, got \(value.describedType)", hint: "make one with dataset(\"moons\")", argument: argument)
        }
        return data
    }
}
