import Foundation

extension StandardLibrary {
    static let math: [(String, Value)] = [
        ("pi", .number(Double.pi)),
        ("e", .number(M_E)),
        ("inf", .number(.infinity)),
        ("nan", .number(.nan)),
        unary("abs", "The absolute value |x|.") { Swift.abs($0) },
        unary("sqrt", "The square root of x (nan for negative x).") { $0.squareRoot() },
        unary("exp", "e raised to the power x.") { Foundation.exp($0) },
        unary("log", "The natural logarithm of x.") { Foundation.log($0) },
        unary("sin", "The sine of x (radians).") { Foundation.sin($0) },
        unary("cos", "The cosine of x (radians).") { Foundation.cos($0) },
        unary("tanh", "The hyperbolic tangent of x, between -1 and 1.") { Foundation.tanh($0) },
        unary("sigmoid", "1 / (1 + exp(-x)), between 0 and 1.") { 1 / (1 + Foundation.exp(-$0)) },
        unary("relu", "x when x > 0, else 0.") { Swift.max(0, $0) },
        unary("floor", "The largest whole number ≤ x.") { $0.rounded(.down) },
        unary("ceil", "The smallest whole number ≥ x.") { $0.rounded(.up) },
        function(Signature("round", "x", "digits", defaults: ["digits": .number(0)]), "x rounded to a number of digits after the point (halves away from zero).") { args, _ in
            let x = try args.number(0, "round")
            let digits = try args.wholeNumber(1, "round")
            guard (-20...20).contains(digits) else {
                throw RuntimeError("round takes 0 to 20 digits, got \(digits)", argument: 1)
            }
            let scale = Foundation.pow(10, Double(digits))
            let rounded = (x * scale).rounded() / scale
            return .number(rounded.isFinite ? rounded : x)
        },
        function(Signature("min", "values", variadic: true), "The smallest of several numbers, or of a list.") { args, context in
            try extreme(args, context, "min", <)
        },
        function(Signature("max", "values", variadic: true), "The largest of several numbers, or of a list.") { args, context in
            try extreme(args, context, "max", >)
        },
        function(Signature("sum", "xs"), "The sum of a list of numbers.") { args, context in
            .number(try context.numbers(of: args[0], argument: 0, "sum").reduce(0, +))
        },
        function(Signature("mean", "xs"), "The average of a list of numbers.") { args, context in
            let xs = try context.numbers(of: args[0], argument: 0, "mean")
            guard !xs.isEmpty else { throw RuntimeError("mean of an empty list", argument: 0) }
            return .number(xs.reduce(0, +) / Double(xs.count))
        },
    ]

    private static func extreme(_ args: Arguments, _ context: CallContext, _ name: String, _ better: (Double, Double) -> Bool) throws -> Value {
        let all = [args[0]] + args.rest
        let numbers: [Double]
        if all.count == 1 {
            numbers = try context.numbers(of: all[0], argument: 0, name)
        } else {
            numbers = try all.enumerated().map { i, v in
                guard case .number(let n) = v else {
                    throw RuntimeError("\(name) needs numbers, got \(v.describedType)", argument: i)
                }
                return n
            }
        }
        guard var best = numbers.first else {
            throw RuntimeError("\(name) of an empty list", argument: 0)
        }
        for n in numbers.dropFirst() where better(n, best) || n.isNaN { best = n }
        return .number(best)
    }
}
