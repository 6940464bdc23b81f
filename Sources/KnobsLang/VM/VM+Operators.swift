import Foundation

extension VM {
    /// `+ - * /` when not both operands are numbers.
    func arithmetic(_ op: BinaryOperatorName, _ a: Value, _ b: Value) throws -> Value {
        if case .number(let x) = a, case .number(let y) = b {
            switch op {
            case .add: return .number(x + y)
            case .subtract: return .number(x - y)
            case .multiply: return .number(x * y)
            case .divide: return .number(x / y)
            default: break
            }
        }
        if case .object(let o) = a, let result = try o.binary(op, b, isLeft: true) { return result }
        if case .object(let o) = b, let result = try o.binary(op, a, isLeft: false) { return result }
        switch (op, a, b) {
        case (.add, .string(let x), .string(let y)):
            try chargeNew(x.utf8.count + y.utf8.count)
            return .string(x + y)
        case (.add, .list(let x), .list(let y)):
            try checkWeight(x.weight + y.weight)
            try chargeNew(x.count + y.count)
            var joined = x
            joined.append(contentsOf: y)
            return .list(joined)
        case (.multiply, .string(let s), .number(let n)), (.multiply, .number(let n), .string(let s)):
            let times = try repeatCount(n)
            if s.isEmpty || times == 0 { return .string("") }
            let bytes = s.utf8.count.multipliedReportingOverflow(by: times)
            try checkRepeat(times, weight: bytes.overflow ? Int.max : bytes.partialValue)
            return .string(String(repeating: s, count: times))
        case (.multiply, .list(let l), .number(let n)), (.multiply, .number(let n), .list(let l)):
            let times = try repeatCount(n)
            if l.count == 0 || times == 0 { return .list(ListValue()) }
            let weight = l.weight.multipliedReportingOverflow(by: times)
            try checkRepeat(times, weight: weight.overflow ? Int.max : weight.partialValue)
            if l.count == 1 { return .list(ListValue(Array(repeating: l[0], count: times))) }
            var items: [Value] = []
            items.reserveCapacity(l.count * times)
            for _ in 0..<times { items.append(contentsOf: l.items) }
            return .list(ListValue(items))
        default:
            throw operandError(op, a, b)
        }
    }

    /// Any binary operator on any values: the slow path of every arithmetic instruction.
    func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        switch op {
        case .less: return try compare(.less, a, b)
        case .lessEqual: return try compare(.lessEqual, a, b)
        case .equal, .notEqual:
            try countSteps(Swift.min(a.weight, b.weight) >> 6)  // comparing big values is work
            return .bool((a == b) == (op == .equal))
        case .greater: return try compare(.greater, a, b)
        case .greaterEqual: return try compare(.greaterEqual, a, b)
        case .contains: return try contains(b, a)
        case .modulo:
            if case .number(let x) = a, case .number(let y) = b {
                return .number(floorRemainder(x, y))
            }
            return try objectBinary(.modulo, a, b)
        case .power:
            if case .number(let x) = a, case .number(let y) = b {
                return .number(Foundation.pow(x, y))
            }
            return try objectBinary(.power, a, b)
        case .matmul:
            return try objectBinary(.matmul, a, b)
        default:
            return try arithmetic(BinaryOperatorName(rawValue: op.rawValue) ?? .add, a, b)
        }
    }

    private func objectBinary(_ op: BinaryOperatorName, _ a: Value, _ b: Value) throws -> Value {
        if case .object(let o) = a, let result = try o.binary(op, b, isLeft: true) { return result }
        if case .object(let o) = b, let result = try o.binary(op, a, isLeft: false) { return result }
        throw operandError(op, a, b)
    }

    /// `< <= > >=` on numbers or strings (or objects that support them).
    func compare(_ op: BinaryOperatorName, _ a: Value, _ b: Value) throws -> Value {
        switch (a, b) {
        case (.number(let x), .number(let y)): return .bool(order(op, x, y))
        case (.string(let x), .string(let y)): return .bool(order(op, x, y))
        default: return try objectBinary(op, a, b)
        }
    }

    private func order<T: Comparable>(_ op: BinaryOperatorName, _ x: T, _ y: T) -> Bool {
        switch op {
        case .less: return x < y
        case .lessEqual: return x <= y
        case .greater: return x > y
        default: return x >= y
        }
    }

    func negate(_ a: Value) throws -> Value {
        if case .object(let o) = a, let result = try o.negated() ?? o.binary(.multiply, .number(-1), isLeft: true) { return result }
        throw RuntimeError("cannot negate \(a.describedType)")
    }

    /// `x in xs`: membership in a list, range, string or record.
    private func contains(_ container: Value, _ item: Value) throws -> Value {
        try countSteps(container.weight >> 6)
        switch container {
        case .list(let l): return .bool(l.items.contains(item))
        case .range(let lo, let hi):
            guard case .number(let x) = item else { return .bool(false) }
            return .bool(x >= lo && x < hi && x == x.rounded())
        case .string(let s):
            guard case .string(let part) = item else {
                throw RuntimeError("'in' on a string needs a string to look for, got \(item.describedType)")
            }
            return .bool(part.isEmpty || s.contains(part))
        case .record(let r):
            guard case .string(let key) = item else { return .bool(false) }
            return .bool(r[key] != nil)
        default:
            throw RuntimeError("cannot look for an item in \(container.describedType)", hint: "'in' works with lists, ranges, strings and records")
        }
    }

    func makeRange(_ a: Value, _ b: Value, inclusive: Bool) throws -> Value {
        guard let lo = a.numberValue, let hi = b.numberValue else {
            throw RuntimeError("a range needs two numbers, got \(a.describedType) and \(b.describedType)")
        }
        guard lo.isFinite, hi.isFinite else {
            throw RuntimeError("a range needs finite bounds, got \(a.summary) and \(b.summary)", hint: "loop with while to go on without end")
        }
        guard lo == lo.rounded(), hi == hi.rounded() else {
            throw RuntimeError("a range needs whole numbers, got \(a.summary) and \(b.summary)", hint: "use floor(x) or round(x) to make a whole number")
        }
        guard Swift.abs(lo) <= Value.largestExactWhole, Swift.abs(hi) <= Value.largestExactWhole else {
            throw RuntimeError("a range's bounds must lie within ±2^53, got \(a.summary) and \(b.summary)")
        }
        return .range(lower: lo, upper: max(lo, inclusive ? hi + 1 : hi))
    }

    func format(_ value: Value, _ format: NumberFormat) throws -> Value {
        guard let n = value.numberValue else {
            throw RuntimeError("the format ':.\(format.digits)' needs a number, got \(value.describedType)")
        }
        return .string(NumberFormatting.format(n, format))
    }

    /// A whole, non-negative repeat count, or a clear error.
    private func repeatCount(_ n: Double) throws -> Int {
        guard n.isFinite, n == n.rounded(), n >= 0 else {
            throw RuntimeError("a repeat count must be a whole number ≥ 0, got \(Value.number(n).repr)")
        }
        guard n <= Value.largestExactWhole else {
            throw RuntimeError.limit("repeating \(Value.number(n).repr) times is past the memory limit (\(limits.maxMemory) cells)", hint: "raise the limit with --max-memory")
        }
        return Int(n)
    }

    /// A repetition whose result would be past the memory limit fails before it is built.
    private func checkRepeat(_ times: Int, weight: Int) throws {
        if weight > limits.maxMemory {
            throw RuntimeError.limit("repeating \(times) times is past the memory limit (\(limits.maxMemory) cells)", hint: "raise the limit with --max-memory")
        }
        try chargeNew(weight)
    }

    private func operandError(_ op: BinaryOperatorName, _ a: Value, _ b: Value) -> RuntimeError {
        let verb: String
        switch op {
        case .add: verb = "add"
        case .subtract: verb = "subtract"
        case .multiply: verb = "multiply"
        case .divide: verb = "divide"
        case .modulo: verb = "take the remainder of"
        case .power: verb = "raise"
        case .matmul: verb = "matrix-multiply"
        default: verb = "compare"
        }
        var hint: String?
        if op == .add, (a.isString && b.isNumber) || (a.isNumber && b.isString) {
            hint = "turn the number into text with str(x), or write \"... {x}\""
        } else if op == .add, case .list = a {
            hint = "to add an item to a list, write append(xs, item) or xs + [item]"
        } else if case .nil = a {
            hint = "a variable holds nil: did a function forget to 'return' its result?"
        } else if case .nil = b {
            hint = "a variable holds nil: did a function forget to 'return' its result?"
        }
        if op == .add || op == .multiply || op == .power {
            return RuntimeError("cannot \(verb) \(a.describedType) and \(b.describedType)", hint: hint)
        }
        return RuntimeError("cannot \(verb) \(a.describedType) and \(b.describedType) with '\(op.rawValue)'", hint: hint)
    }
}

/// `x % y` with the sign of `y`, as in Python: `-7 % 3` is 2. Exact, like `fmod`.
@inline(__always)
func floorRemainder(_ x: Double, _ y: Double) -> Double {
    // Whole numbers below 2^53 (i % 3) take the integer remainder, far cheaper
    // than libm's fmod and exactly the same, down to the sign of a zero.
    if abs(x) < 0x1p53, abs(y) < 0x1p53, y != 0 {
        let a = Int64(x), b = Int64(y)
        if Double(a) == x, Double(b) == y {
            let r = a % b
            if r == 0 { return 0 * x }
            return Double((r < 0) != (b < 0) ? r + b : r)
        }
    }
    let r = x.truncatingRemainder(dividingBy: y)
    return r != 0 && (r < 0) != (y < 0) ? r + y : r
}
