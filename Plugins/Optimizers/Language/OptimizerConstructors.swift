import KnobsPluginAPI

/// `sgd`, `adagrad`, `rmsprop`, `adam`, `adamw` and `lion`: each makes an
/// optimizer with PyTorch's names and defaults, which `train(..., opt:)` and
/// `opt.step(net)` use. `lr:` may be a schedule. Given parameters first, as
/// `torch.optim` is (`adam(net, lr: 0.01)`), it is bound to them: `opt.step()`.
enum OptimizerConstructors {
    static let sgd = Signature("sgd", "params", defaults: ["params": .nil], options: [
        "lr": .number(0.001), "momentum": .number(0), "dampening": .number(0), "nesterov": .bool(false),
        "weight_decay": .number(0), "maximize": .bool(false),
    ])
    static let adagrad = Signature("adagrad", "params", defaults: ["params": .nil], options: [
        "lr": .number(0.01), "lr_decay": .number(0), "weight_decay": .number(0),
        "initial_accumulator_value": .number(0), "eps": .number(1e-10), "maximize": .bool(false),
    ])
    static let rmsprop = Signature("rmsprop", "params", defaults: ["params": .nil], options: [
        "lr": .number(0.01), "alpha": .number(0.99), "eps": .number(1e-8), "weight_decay": .number(0),
        "momentum": .number(0), "centered": .bool(false), "maximize": .bool(false),
    ])
    static let adam = adamSignature("adam", weightDecay: 0)
    static let adamw = adamSignature("adamw", weightDecay: 0.01)
    static let lion = Signature("lion", "params", defaults: ["params": .nil], options: [
        "lr": .number(1e-4), "betas": .list(ListValue([.number(0.9), .number(0.99)])),
        "weight_decay": .number(0), "maximize": .bool(false),
    ])

    private static func adamSignature(_ name: String, weightDecay: Double) -> Signature {
        Signature(name, "params", defaults: ["params": .nil], options: [
            "lr": .number(0.001), "betas": .list(ListValue([.number(0.9), .number(0.999)])), "eps": .number(1e-8),
            "weight_decay": .number(weightDecay), "amsgrad": .bool(false), "maximize": .bool(false),
        ])
    }

    /// The six functions, each with its documentation.
    static var functions: [(name: String, value: Value)] {
        [
            entry(sgd, "Stochastic gradient descent (PyTorch's SGD): sgd(lr: 0.1, momentum: 0.9, nesterov: true); the default lr is PyTorch's, 0.001. With momentum, each step follows a running sum of gradients; weight_decay adds weight_decay * p to each gradient.") { read in
                try StochasticGradientDescent(
                    learningRate: read.learningRate().rate, momentum: read.number("momentum"), dampening: read.number("dampening"),
                    nesterov: read.bool("nesterov"), weightDecay: read.number("weight_decay"), maximize: read.bool("maximize"))
            },
            entry(adagrad, "Adagrad (PyTorch's): each number's step shrinks as its squared gradients add up. adagrad(lr: 0.01, lr_decay: 0, weight_decay: 0, initial_accumulator_value: 0, eps: 1e-10).") { read in
                try Adagrad(
                    learningRate: read.learningRate().rate, learningRateDecay: read.number("lr_decay"), weightDecay: read.number("weight_decay"),
                    initialAccumulatorValue: read.number("initial_accumulator_value"), epsilon: read.number("eps"), maximize: read.bool("maximize"))
            },
            entry(rmsprop, "RMSprop (PyTorch's): steps divided by the root of a running mean of squared gradients. rmsprop(lr: 0.01, alpha: 0.99, eps: 1e-8, momentum: 0, centered: false, weight_decay: 0).") { read in
                try RMSprop(
                    learningRate: read.learningRate().rate, alpha: read.number("alpha"), epsilon: read.number("eps"), weightDecay: read.number("weight_decay"),
                    momentum: read.number("momentum"), centered: read.bool("centered"), maximize: read.bool("maximize"))
            },
            entry(adam, "Adam (PyTorch's): momentum and a per-number step size from running means of the gradient and its square. adam(lr: 0.001, betas: [0.9, 0.999], eps: 1e-8, weight_decay: 0, amsgrad: false).") { read in
                try Adam(
                    learningRate: read.learningRate().rate, betas: read.betas(), epsilon: read.number("eps"), weightDecay: read.number("weight_decay"),
                    amsgrad: read.bool("amsgrad"), maximize: read.bool("maximize"))
            },
            entry(adamw, "AdamW (PyTorch's): Adam whose weight decay shrinks the parameters directly, p -= lr * weight_decay * p, instead of joining the gradient. adamw(lr: 0.001, betas: [0.9, 0.999], weight_decay: 0.01).") { read in
                try Adam.w(
                    learningRate: read.learningRate().rate, betas: read.betas(), epsilon: read.number("eps"), weightDecay: read.number("weight_decay"),
                    amsgrad: read.bool("amsgrad"), maximize: read.bool("maximize"))
            },
            entry(lion, "Lion (Chen et al., 2023): every number moves by lr in the direction of the sign of a blend of momentum and gradient. lion(lr: 1e-4, betas: [0.9, 0.99], weight_decay: 0); use a learning rate 3-10 times smaller than Adam's.") { read in
                try Lion(learningRate: read.learningRate().rate, betas: read.betas(), weightDecay: read.number("weight_decay"), maximize: read.bool("maximize"))
            },
        ]
    }

    /// How a constructor's documentation tells of the two ways to use it.
    private static func bindingDoc(_ name: String) -> String {
        "Bound to parameters as in PyTorch, opt = \(name)(net, lr: ...), it steps them with opt.step() and clears them with opt.zero_grad(); unbound, opt.step(net)."
    }

    /// A constructor: reads the settings, makes the optimizer, wraps it in its schedule when `lr:` is one, and binds it to the parameters given first.
    private static func entry(_ signature: Signature, _ doc: String, _ make: @escaping (SettingsReader) throws -> any Optimizer) -> (name: String, value: Value) {
        (signature.name, .function(Function(signature, doc: doc + " " + bindingDoc(signature.name)) { args, context in
            let read = SettingsReader(signature: signature, arguments: args)
            let optimizer = try read.checked { try make(read) }
            let scheduled: any Optimizer = try read.learningRate().schedule.map { ScheduledOptimizer(optimizer, schedule: $0) } ?? optimizer
            return try context.optimizerValue(scheduled, boundTo: args[0], argument: 0, signature.name)
        }))
    }
}
