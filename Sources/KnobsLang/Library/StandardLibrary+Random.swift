import KnobsEngine

extension StandardLibrary {
    static let randomness: [(String, Value)] = [
        function(Signature("seed", "n"), "Restarts the random numbers from seed n: the same n gives the same numbers on every machine.") { args, context in
            let n = try args.number(0, "seed")
            guard n.isFinite, n == n.rounded(), n >= 0, n < 0x1p64 else {
                throw RuntimeError("seed needs a whole number ≥ 0, got \(args[0].summary)", argument: 0)
            }
            context.random = RandomGenerator(seed: UInt64(n))
            return .nil
        },
        function(Signature("rand", "shape", defaults: ["shape": .nil], variadic: true), "A random number in [0, 1), evenly spread; rand(2, 3) is a tensor of them.") { args, context in
            try randomValue(args, context, "rand", Tensor.uniform) { $0.uniform() }
        },
        function(Signature("randn", "shape", defaults: ["shape": .nil], variadic: true), "A random number from the standard normal distribution (mean 0, standard deviation 1); randn(2, 3) is a tensor of them.") { args, context in
            try randomValue(args, context, "randn", Tensor.normal) { $0.normal() }
        },
    ]

    /// One number without arguments, else a tensor of the given shape.
    private static func randomValue(
        _ args: Arguments, _ context: CallContext, _ name: String,
        _ tensor: ([Int], inout RandomGenerator) throws -> Tensor, _ number: (inout RandomGenerator) -> Double
    ) throws -> Value {
        let given = args.values.filter { if case .nil = $0 { return false } else { return true } } + args.rest
        if given.isEmpty { return .number(number(&context.random)) }
        let shape = try context.shape(from: given, name)
        return try context.made(try tensor(shape, &context.random))
    }
}
