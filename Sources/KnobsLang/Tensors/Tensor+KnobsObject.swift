import KnobsEngine

/// A tensor in the language: operators, properties, methods and indexing.
extension Tensor: KnobsObject {
    public var typeName: String { isParameter ? "param" : "tensor" }
    public var description: String { TensorFormatter.describe(self) }
    public var weight: Int { count }
    public var numberValue: Double? { rank == 0 ? values[0] : nil }

    public var memberNames: [String] {
        ["shape", "grad", "data", "T", "ndim", "size", "is_param", "item", "backward", "zero_grad", "detach", "tolist"]
    }

    public func property(_ name: String) throws -> Value? {
        switch name {
        case "shape": return .list(ListValue(shape.map { .number(Double($0)) }))
        case "grad": return grad.map { .object(Tensor($0, shape: shape)) } ?? .nil
        case "data": return .object(detached())
        case "T": return .object(transposed())
        case "ndim": return .number(Double(rank))
        case "size": return .number(Double(count))
        case "is_param": return .bool(isParameter)
        default: return nil
        }
    }

    public func setProperty(_ name: String, to value: Value) throws -> Bool {
        switch name {
        case "data":
            let new = try Tensor.values(of: value, shapedLike: self, "data")
            try assign(new)
            return true
        case "grad":
            if case .nil = value {
                grad = nil
            } else {
                grad = try Tensor.values(of: value, shapedLike: self, "grad")
            }
            return true
        default:
            return false
        }
    }

    public func callMethod(_ name: String, _ arguments: Arguments, context: CallContext) throws -> Value? {
        let expected: Int
        let result: Value
        switch name {
        case "item":
            guard count == 1 else {
                throw RuntimeError("item() needs a tensor with one value, this one has shape \(Shape.describe(shape))", hint: "pick one first, e.g. t[0], or reduce with sum(t)")
            }
            expected = 0
            result = .number(values[0])
        case "backward":
            expected = 0
            try backward()
            result = .nil
        case "zero_grad":
            expected = 0
            zeroGradient()
            result = .nil
        case "detach":
            expected = 0
            result = .object(detached())
        case "tolist":
            expected = 0
            // As in PyTorch, a 0-d tensor's tolist() is its number.
            result = rank == 0 ? .number(values[0]) : try context.newList(Tensor.nestedList(values, shape))
        default:
            return nil
        }
        guard arguments.values.count == expected else {
            throw RuntimeError("\(name)() takes no arguments, got \(arguments.values.count)")
        }
        return result
    }

    public func element(at index: Value) throws -> Value? {
        if let n = index.numberValue {
            return .object(try rows([try rowIndex(n)], keepAxis: false))
        }
        switch index {
        case .range(let lower, let upper):
            guard let rowCount = shape.first else {
                throw RuntimeError("a scalar tensor cannot be indexed", hint: "use it as a number, or .item()")
            }
            guard lower >= 0 else {
                throw RuntimeError(
                    "a range of rows cannot start below 0, got \(Value.range(lower: lower, upper: upper).summary)",
                    hint: "t[-1] counts from the end, a range does not: the last two rows are t[len(t) - 2..<len(t)]")
            }
            // Like a Python slice, a range past the end stops at the end.
            let from = Int(Swift.min(lower, Double(rowCount))), to = Swift.max(from, Int(Swift.min(upper, Double(rowCount))))
            return .object(try rows(Array(from..<to)))
        case .list(let list):
            return .object(try rows(try list.items.map { try rowIndex(position: $0) }))
        case .object(let o):
            if let positions = o as? Tensor, positions.rank == 1 {
                return .object(try rows(try positions.values.map { try rowIndex($0) }))
            }
        default:
            break
        }
        throw RuntimeError(
            "a tensor is indexed by a number, a range or a list of numbers, got \(index.describedType)",
            hint: "t[0] is the first row, t[0..<10] the first ten, t[[2, 5]] rows 2 and 5")
    }

    public func setElement(at index: Value, to value: Value) throws -> Bool {
        guard let n = index.numberValue else { return false }
        let position = try rowIndex(n)
        let width = count / Swift.max(shape[0], 1)
        let row = Array(shape.dropFirst())
        let new = try Tensor.values(of: value, shapedLike: Tensor([Double](repeating: 0, count: width), shape: row), "a row")
        update { $0.replaceSubrange((position * width)..<((position + 1) * width), with: new) }
        return true
    }

    public func elements() throws -> [Value]? {
        guard rank > 0 else { return nil }
        return try (0..<shape[0]).map { .object(try rows([$0], keepAxis: false)) }
    }

    public func binary(_ op: BinaryOperatorName, _ other: Value, isLeft: Bool) throws -> Value? {
        guard op != .modulo, let operand = try Tensor.operand(other) ?? Tensor.fromNestedList(other, "a list used with a tensor") else { return nil }
        let (a, b) = isLeft ? (self, operand) : (operand, self)
        switch op {
        case .add: return .object(try a + b)
        case .subtract: return .object(try a - b)
        case .multiply: return .object(try a * b)
        case .divide: return .object(try a / b)
        case .power: return .object(try Tensor.power(a, b))
        case .matmul: return .object(try Tensor.matmul(a, b))
        case .modulo: return nil
        case .less, .lessEqual, .greater, .greaterEqual:
            let comparison = Tensor.Comparison(rawValue: op.rawValue)!
            let result = try Tensor.compare(a, comparison, b)
            // Two single numbers compare to true or false, so `if loss < 0.01` reads naturally.
            if a.rank == 0, b.rank == 0 { return .bool(result.values[0] == 1) }
            return .object(result)
        }
    }

    public func negated() throws -> Value? {
        .object(-self)
    }

    public func isEqual(to other: Value) -> Bool {
        if case .object(let o) = other, o === self { return true }
        guard let operand = (try? Tensor.operand(other)) ?? (try? Tensor.fromNestedList(other, "==")) else { return false }
        return operand.shape == shape && operand.values == values
    }

    /// The other operand of an operator as a tensor: a tensor, a number, or a list of numbers.
    static func operand(_ value: Value) throws -> Tensor? {
        switch value {
        case .number(let n): return Tensor(scalar: n)
        case .object(let o): return o as? Tensor
        default: return nil
        }
    }

    /// `value` as the numbers of a tensor shaped like `model` (a number fills every place).
    static func values(of value: Value, shapedLike model: Tensor, _ what: String) throws -> [Double] {
        if let n = value.numberValue, value.tensor == nil || model.count == 1 {
            return [Double](repeating: n, count: model.count)
        }
        guard let tensor = try value.tensor ?? Tensor.fromNestedList(value, what) else {
            throw RuntimeError("\(what) needs a tensor or list of shape \(Shape.describe(model.shape)), or a number, got \(value.describedType)")
        }
        guard tensor.shape == model.shape else {
            throw RuntimeError("\(what) needs a tensor of shape \(Shape.describe(model.shape)), got \(Shape.describe(tensor.shape))")
        }
        return tensor.values
    }

    /// A row number given as a value.
    private func rowIndex(position: Value) throws -> Int {
        guard let n = position.numberValue else {
            throw RuntimeError("rows are chosen by whole numbers, got \(position.describedType)")
        }
        return try rowIndex(n)
    }

    /// A row number, negative counting from the end, checked against the first dimension.
    private func rowIndex(_ n: Double) throws -> Int {
        guard let rowCount = shape.first else {
            throw RuntimeError("a scalar tensor cannot be indexed", hint: "use it as a number, or .item()")
        }
        guard n == n.rounded(), Swift.abs(n) <= 9e15 else {
            throw RuntimeError("a tensor's index must be a whole number, got \(Value.number(n).summary)")
        }
        let index = n < 0 ? Int(n) + rowCount : Int(n)
        guard (0..<rowCount).contains(index) else {
            throw RuntimeError("index \(Int(n)) is out of range for a tensor of shape \(Shape.describe(shape))", hint: "rows run from 0 to \(rowCount - 1), or -1 for the last")
        }
        return index
    }

    /// Nested lists of numbers with the tensor's shape.
    static func nestedList(_ values: [Double], _ shape: [Int]) -> [Value] {
        guard let first = shape.first else { return values.map { .number($0) } }
        if shape.count == 1 { return values.map { .number($0) } }
        let width = values.count / Swift.max(first, 1)
        return (0..<first).map { row in
            .list(ListValue(nestedList(Array(values[(row * width)..<((row + 1) * width)]), Array(shape.dropFirst()))))
        }
    }
}
