import Foundation
import KnobsEngine

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
        function(Signature("min", "values", variadic: true, options: ["axis": .nil]), "The smallest of several numbers, or of a list or tensor (along an axis with axis:).") { args, context in
            if let result = try reduceTensor(args, context, .min) { return result }
            return try extreme(args, context, "min", <)
        },
        function(Signature("max", "values", variadic: true, options: ["axis": .nil]), "The largest of several numbers, or of a list or tensor (along an axis with axis:).") { args, context in
            if let result = try reduceTensor(args, context, .max) { return result }
            return try extreme(args, context, "max", >)
        },
        function(Signature("sum", "xs", options: ["axis": .nil]), "The sum of a list of numbers, or of a tensor (along an axis with axis:).") { args, context in
            if let result = try reduceTensor(args, context, .sum) { return result }
            return .number(try context.numbers(of: args[0], argument: 0, "sum").reduce(0, +))
        },
        function(Signature("mean", "xs", options: ["axis": .nil]), "The average of a list of numbers, or of a tensor (along an axis with axis:).") { args, context in
            if let result = try reduceTensor(args, context, .mean) { return result }
            let xs = try context.numbers(of: args[0], argument: 0, "mean")
            guard !xs.isEmpty else { throw RuntimeError("mean of an empty list", argument: 0) }
            return .number(xs.reduce(0, +) / Double(xs.count))
        },
    ]

    /// `sum(t)`, `max(t, axis: 1)`: the reduction of a tensor; nil when the argument is not one.
    private static func reduceTensor(_ args: Arguments, _ context: CallContext, _ reduction: Tensor.Reduction) throws -> Value? {
        let axis = try args.optionalWhole(args.values.count - 1, reduction.rawValue)
        guard let tensor = args[0].tensor, args.rest.isEmpty else {
            if axis != nil {
                throw RuntimeError("\(reduction.rawValue)(..., axis:) needs a tensor, got \(args[0].describedType)", hint: "make one with tensor(xs)", argument: 0)
            }
            return nil
        }
        return try context.made(try tensor.reduce(reduction, axis: axis))
    }

    private static func extreme(_ args: Arguments, _ context: CallContext, _ name: String, _ better: (Double, Double) -> Bool) throws -> Value {
        let all = [args[0]] + args.rest
        let numbers: [Double]
        if all.count == 1 {
            numbers = try context.numbers(of: all[0], argument: 0, name)
        } else {
            numbers = try all.enumerated().map { i, v in
                guard let n = v.numberValue else {
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
