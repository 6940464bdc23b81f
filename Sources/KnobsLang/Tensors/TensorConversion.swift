import KnobsEngine

extension Value {
    /// The tensor inside this value, if it holds one.
    public var tensor: Tensor? {
        if case .object(let o) = self { return o as? Tensor }
        return nil
    }
}

extension CallContext {
    /// A value as a tensor: a tensor itself, a number as a scalar, or a (nested) list of numbers.
    public func tensor(from value: Value, argument: Int? = nil, _ function: String) throws -> Tensor {
        switch value {
        case .object(let o):
            if let tensor = o as? Tensor { return tensor }
            if let n = o.numberValue { return Tensor(scalar: n) }
        case .number(let n):
            return Tensor(scalar: n)
        case .bool(let b):
            return Tensor(scalar: b ? 1 : 0)
        case .list, .range:
            var values = [Double]()
            let shape = try nestedShape(of: value, into: &values, function, argument: argument)
            try chargeNew(values.count)
            return Tensor(values, shape: shape)
        default:
            break
        }
        throw RuntimeError(
            "\(function) needs a tensor, a number or a list of numbers, got \(value.describedType)",
            hint: value.isString ? "turn text into a number with number(s)" : nil, argument: argument)
    }

    /// Collects the numbers of nested lists row by row and returns their shape; rows must be equally long.
    private func nestedShape(of value: Value, into values: inout [Double], _ function: String, argument: Int?) throws -> [Int] {
        switch value {
        case .number(let n):
            values.append(n)
            return []
        case .bool(let b):
            values.append(b ? 1 : 0)
            return []
        case .object(let o):
            if let tensor = o as? Tensor {
                values.append(contentsOf: tensor.values)
                return tensor.shape
            }
            if let n = o.numberValue {
                values.append(n)
                return []
            }
        case .list, .range:
            let items = try self.items(of: value, argument: argument ?? 0, function)
            var shape: [Int]?
            for item in items {
                let inner = try nestedShape(of: item, into: &values, function, argument: argument)
                if let shape, shape != inner {
                    throw RuntimeError(
                        "\(function) needs rows of equal length, got shapes \(Shape.describe(shape)) and \(Shape.describe(inner))",
                        hint: "every row of a tensor has the same number of entries", argument: argument)
                }
                shape = inner
            }
            return [items.count] + (shape ?? [])
        default:
            break
        }
        throw RuntimeError("\(function) needs numbers, got \(value.describedType)", argument: argument)
    }

    /// A shape from `f(2, 3)`, `f([2, 3])` or `f(n)`: whole numbers ≥ 0.
    func shape(from values: [Value], _ function: String) throws -> [Int] {
        let extents: [Value]
        if values.count == 1, case .list(let list) = values[0] { extents = list.items } else { extents = values }
        return try extents.enumerated().map { index, extent in
            guard let n = extent.numberValue, n >= 0, n == n.rounded(), n <= 9e15 else {
                throw RuntimeError(
                    "\(function) needs sizes that are whole numbers ≥ 0, got \(extent.summary)",
                    hint: "write a shape as \(function)(2, 3) or \(function)([2, 3])", argument: values.count == 1 ? 0 : index)
            }
            return Int(n)
        }
    }

    /// A tensor result, counted against the step and memory limits like any new value.
    func made(_ tensor: Tensor) throws -> Value {
        try chargeNew(tensor.count)
        return .object(tensor)
    }
}

extension Arguments {
    /// An optional whole-number argument (`axis:`), nil when not given.
    func optionalWhole(_ i: Int, _ function: String) throws -> Int? {
        if case .nil = values[i] { return nil }
        return try wholeNumber(i, function)
    }
}

extension Tensor {
    /// Nested lists of numbers as a tensor, or nil when `value` is not a list:
    /// `t.data = [1, 2]`, `t + [1, 2]`. Rows must be equally long.
    static func fromNestedList(_ value: Value, _ what: String) throws -> Tensor? {
        guard case .list = value else { return nil }
        var numbers = [Double]()
        let shape = try nestedListShape(value, into: &numbers, what)
        return Tensor(numbers, shape: shape)
    }

    private static func nestedListShape(_ value: Value, into numbers: inout [Double], _ what: String) throws -> [Int] {
        switch value {
        case .number(let n):
            numbers.append(n)
            return []
        case .bool(let b):
            numbers.append(b ? 1 : 0)
            return []
        case .object(let o as Tensor):
            numbers.append(contentsOf: o.values)
            return o.shape
        case .list(let list):
            var shape: [Int]?
            for item in list.items {
                let inner = try nestedListShape(item, into: &numbers, what)
                if let shape, shape != inner {
                    throw RuntimeError(
                        "\(what) needs rows of equal length, got shapes \(Shape.describe(shape)) and \(Shape.describe(inner))",
                        hint: "every row of a tensor has the same number of entries")
                }
                shape = inner
            }
            return [list.count] + (shape ?? [])
        default:
            throw RuntimeError("\(what) needs numbers, got \(value.describedType)")
        }
    }
}
