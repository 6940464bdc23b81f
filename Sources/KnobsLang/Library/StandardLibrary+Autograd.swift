import KnobsEngine

extension StandardLibrary {
    static let autograd: [(String, Value)] = [
        function(Signature("backward", "loss"), "Fills .grad of every parameter the scalar loss depends on (gradients add up until zero_grad).") { args, context in
            guard let loss = args[0].tensor else {
                throw RuntimeError("backward needs a tensor computed from parameters, got \(args[0].describedType)", hint: args[0].isNumber ? "a plain number has no history; make the knobs with param(...)" : nil, argument: 0)
            }
            try context.countSteps(loss.count >> 6)
            do {
                try loss.backward()
            } catch let error as TensorError {
                // The fault is the loss given: point at it.
                var converted = error.runtimeError
                converted.argument = 0
                throw converted
            }
            return .nil
        },
        function(Signature("zero_grad", "params", variadic: true), "Sets the gradients of parameters (or of a whole model) to zero before the next backward.") { args, context in
            for value in [args[0]] + args.rest {
                for parameter in try context.parameters(of: value, "zero_grad") { parameter.zeroGradient() }
            }
            return .nil
        },
        function(Signature("detach", "t"), "The same numbers without their history: gradients stop here.") { args, context in
            try context.made(try context.tensor(from: args[0], argument: 0, "detach").detached())
        },
        function(Signature("no_grad", "f"), "Runs f() without recording gradients (for evaluating a model): no_grad(fn() = net(x)).") { args, context in
            guard case .function = args[0] else {
                throw RuntimeError("no_grad needs a function to run, got \(args[0].describedType)", hint: "wrap the work in a function of no arguments: no_grad(fn() = net(x))", argument: 0)
            }
            let f = args[0]
            return try EngineSettings.withoutGradients { try context.call(f, []) }
        },
        function(Signature("graph", "loss"), "Prints the computation behind a value: each operation, its value and its gradient.") { args, context in
            guard let tensor = args[0].tensor else {
                throw RuntimeError("graph needs a tensor, got \(args[0].describedType)", argument: 0)
            }
            try context.write(try GraphText.render(tensor))
            return .nil
        },
    ]
}

extension CallContext {
    /// The parameters in a model, a parameter, or a list of them; an error at `argument` for anything else.
    func parameters(of value: Value, _ function: String, argument: Int? = nil) throws -> [Tensor] {
        switch value {
        case .object(let o):
            if let model = o as? ModelObject { return model.module.parameters }
            if let tensor = o as? Tensor { return [tensor] }
        case .list(let list):
            return try list.items.flatMap { try parameters(of: $0, function, argument: argument) }
        default:
            break
        }
        throw RuntimeError("\(function) needs a model, a parameter or a list of them, got \(value.describedType)", hint: "a model (net), a parameter (w = param([1.0, 2.0])) or a list of them ([w, b])", argument: argument)
    }
}
