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
        function(Signature("rand"), "A random number in [0, 1), evenly spread.") { _, context in
            .number(context.random.uniform())
        },
        function(Signature("randn"), "A random number from the standard normal distribution (mean 0, standard deviation 1).") { _, context in
            .number(context.random.normal())
        },
    ]
}
