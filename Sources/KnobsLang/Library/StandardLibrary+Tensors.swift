import KnobsEngine

extension StandardLibrary {
    static let tensors: [(String, Value)] = [
        function(Signature("tensor", "x"), "A tensor from a number or nested lists of numbers: tensor([[1, 2], [3, 4]]).") { args, context in
            let source = try context.tensor(from: args[0], argument: 0, "tensor")
            return try context.made(Tensor(source.values, shape: source.shape))
        },
        function(Signature("param", "x"), "A parameter: a tensor whose gradient backward(loss) fills. param(0.5), param([1, 2]), param(randn(2, 3)).") { args, context in
            let source = try context.tensor(from: args[0], argument: 0, "param")
            return try context.made(Tensor.parameter(source.values, shape: source.shape))
        },
        function(Signature("zeros", "shape", variadic: true), "A tensor of zeros: zeros(2, 3) or zeros([2, 3]).") { args, context in
            try context.made(try Tensor.full(try context.shape(from: [args[0]] + args.rest, "zeros"), 0))
        },
        function(Signature("ones", "shape", variadic: true), "A tensor of ones: ones(2, 3) or ones([2, 3]).") { args, context in
            try context.made(try Tensor.full(try context.shape(from: [args[0]] + args.rest, "ones"), 1))
        },
        function(Signature("full", "shape", "value"), "A tensor of one value: full([2, 3], 7).") { args, context in
            try context.made(try Tensor.full(try context.shape(from: [args[0]], "full"), try args.number(1, "full")))
        },
        function(Signature("arange", "start", "stop", "step", defaults: ["stop": .nil, "step": .number(1)]), "Evenly spaced numbers as a tensor: arange(5) is [0, 1, 2, 3, 4]; arange(0, 1, 0.25) counts by 0.25.") { args, context in
            var start = 0.0, stop = try args.number(0, "arange")
            if case .nil = args[1] {} else {
                start = stop
                stop = try args.number(1, "arange")
            }
            return try context.made(try Tensor.arange(start, stop, step: try args.number(2, "arange")))
        },
        function(Signature("linspace", "start", "stop", "n"), "n evenly spaced numbers from start to stop, both included.") { args, context in
            try context.made(try Tensor.linspace(try args.number(0, "linspace"), try args.number(1, "linspace"), count: try args.wholeNumber(2, "linspace")))
        },
        function(Signature("eye", "n"), "The n × n identity matrix: ones on the diagonal.") { args, context in
            try context.made(try Tensor.eye(try args.wholeNumber(0, "eye")))
        },
        function(Signature("matmul", "a", "b"), "The matrix product a @ b: [m, k] @ [k, n] is [m, n].") { args, context in
            let a = try context.tensor(from: args[0], argument: 0, "matmul"), b = try context.tensor(from: args[1], argument: 1, "matmul")
            try context.countSteps((a.count * (b.rank == 2 ? b.shape[1] : 1)) >> 6)
            return try context.made(try Tensor.matmul(a, b))
        },
        function(Signature("transpose", "t"), "Rows become columns: the same as t.T.") { args, context in
            try context.made(try context.tensor(from: args[0], argument: 0, "transpose").transposed())
        },
        function(Signature("reshape", "t", "shape", variadic: true), "The same numbers in a new shape: reshape(t, 3, 2) or reshape(t, [3, -1]) (-1: whatever fits).") { args, context in
            let t = try context.tensor(from: args[0], argument: 0, "reshape")
            let extents = [args[1]] + args.rest
            let shape = try context.signedShape(from: extents, "reshape")
            return try context.made(try t.reshaped(shape))
        },
        function(Signature("concat", "tensors", options: ["axis": .number(0)]), "Tensors joined along an axis: concat([a, b]) stacks rows; concat([a, b], axis: 1) puts columns side by side.") { args, context in
            let parts = try context.items(of: args[0], argument: 0, "concat").map { try context.tensor(from: $0, argument: 0, "concat") }
            return try context.made(try Tensor.concat(parts, axis: try args.wholeNumber(1, "concat")))
        },
        function(Signature("argmax", "t", options: ["axis": .nil]), "The position of the largest value (of each row with axis: 1).") { args, context in
            try context.made(try context.tensor(from: args[0], argument: 0, "argmax").argmax(axis: try args.optionalWhole(1, "argmax")))
        },
        function(Signature("topk", "t", "k", options: ["axis": .number(-1)]), "The k largest values along the last axis (or axis:), largest first, and their positions: r = topk(t, 2) gives r.values and r.indices.") { args, context in
            let t = try context.tensor(from: args[0], argument: 0, "topk")
            let top = try t.topk(try args.wholeNumber(1, "topk"), axis: try args.wholeNumber(2, "topk"))
            return .record(RecordValue(keys: ["values", "indices"], values: [try context.made(top.values), try context.made(top.indices)]))
        },
        function(Signature("log_softmax", "t", options: ["axis": .number(-1)]), "log(softmax(t)), computed without overflow.") { args, context in
            try context.made(try context.tensor(from: args[0], argument: 0, "log_softmax").logSoftmax(axis: try args.wholeNumber(1, "log_softmax")))
        },
        function(Signature("softmax", "t", options: ["axis": .number(-1)]), "Turns scores into probabilities that sum to 1 along the axis.") { args, context in
            try context.made(try context.tensor(from: args[0], argument: 0, "softmax").logSoftmax(axis: try args.wholeNumber(1, "softmax")).apply(.exp))
        },
    ]
}

extension CallContext {
    /// A shape for reshape: whole numbers, where -1 stands for the size that fits.
    func signedShape(from values: [Value], _ function: String) throws -> [Int] {
        let extents: [Value]
        if values.count == 1, case .list(let list) = values[0] { extents = list.items } else { extents = values }
        return try extents.map { extent in
            guard let n = extent.numberValue, n >= -1, n == n.rounded(), n <= 9e15 else {
                throw RuntimeError("\(function) needs sizes that are whole numbers ≥ 0 (or -1), got \(extent.summary)")
            }
            return Int(n)
        }
    }
}
