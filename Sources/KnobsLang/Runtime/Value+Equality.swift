extension Value: Equatable {
    /// Structural equality: lists and records compare item by item; values of different types are unequal.
    public static func == (a: Value, b: Value) -> Bool {
        switch (a, b) {
        case (.nil, .nil): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.list(let x), .list(let y)): return x.items == y.items
        case (.record(let x), .record(let y)):
            guard x.keys.count == y.keys.count else { return false }
            for (key, value) in zip(x.keys, x.values) where y[key] != value { return false }
            return true
        case (.range(let a1, let b1), .range(let a2, let b2)): return a1 == a2 && b1 == b2
        case (.function(let x), .function(let y)): return x === y
        case (.object(let x), _): return x.isEqual(to: b)
        case (_, .object(let y)): return y.isEqual(to: a)
        default: return false
        }
    }

    /// What a function's locals hold before their first assignment; never visible to a program,
    /// since every read that might see it is checked (``Instruction/requireAssigned(_:name:)``).
    static let unassigned = Value.range(lower: .nan, upper: .nan)

    /// 2^53: every whole number up to this size is exact in a Double.
    static let largestExactWhole = 9_007_199_254_740_992.0

    /// A number, or the number an object stands for (a 0-d tensor).
    public var numberValue: Double? {
        switch self {
        case .number(let n): return n
        case .object(let o): return o.numberValue
        default: return nil
        }
    }

    var isNumber: Bool {
        if case .number = self { return true }
        return false
    }

    var isString: Bool {
        if case .string = self { return true }
        return false
    }
}
