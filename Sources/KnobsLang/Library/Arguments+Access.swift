extension Arguments {
    /// The argument as a number, or an error naming the function and the parameter.
    public func number(_ i: Int, _ function: String) throws -> Double {
        guard case .number(let n) = values[i] else {
            if case .object(let o) = values[i], let n = o.numberValue { return n }
            throw RuntimeError("\(function) needs a number, got \(values[i].describedType)", hint: hintFor(values[i]), argument: i)
        }
        return n
    }

    /// The argument as a whole number that fits an `Int`.
    public func wholeNumber(_ i: Int, _ function: String) throws -> Int {
        let n = try number(i, function)
        guard n.isFinite, n == n.rounded(), abs(n) <= 9e15 else {
            throw RuntimeError("\(function) needs a whole number, got \(Value.number(n).repr)", argument: i)
        }
        return Int(n)
    }

    public func string(_ i: Int, _ function: String) throws -> String {
        guard case .string(let s) = values[i] else {
            throw RuntimeError("\(function) needs a string, got \(values[i].describedType)", argument: i)
        }
        return s
    }

    public func bool(_ i: Int, _ function: String) throws -> Bool {
        guard case .bool(let b) = values[i] else {
            throw RuntimeError("\(function) needs true or false, got \(values[i].describedType)", argument: i)
        }
        return b
    }

    public func function(_ i: Int, _ function: String) throws -> Value {
        guard case .function = values[i] else {
            throw RuntimeError("\(function) needs a function, got \(values[i].describedType)", hint: "write a function inline: fn(x) = x * 2", argument: i)
        }
        return values[i]
    }

    private func hintFor(_ value: Value) -> String? {
        if case .string = value { return "turn text into a number with number(s)" }
        if case .nil = value { return "a variable holds nil: did a function forget to 'return' its result?" }
        return nil
    }
}

extension CallContext {
    /// The items of a list, range or string, checked against the memory limit.
    public func items(of value: Value, argument: Int, _ function: String) throws -> [Value] {
        switch value {
        case .list(let l): return l.items
        case .range(let lo, let hi):
            let count = hi - lo
            try chargeNew(count > 9e15 ? Int.max : Int(count))
            return (0..<Int(count)).map { .number(lo + Double($0)) }
        case .string(let s):
            try chargeNew(s.utf8.count * 2)
            return s.map { .string(String($0)) }
        case .object(let o):
            if let items = try o.elements() { return items }
        default: break
        }
        throw RuntimeError("\(function) needs a list, got \(value.describedType)", argument: argument)
    }

    /// A new list made by a library function, checked and counted against the limits.
    public func newList(_ items: [Value]) throws -> Value {
        let list = Value.list(ListValue(items))
        try chargeNew(items.count)
        try checkSize(list)
        return list
    }

    /// The numbers of a list or range.
    public func numbers(of value: Value, argument: Int, _ function: String) throws -> [Double] {
        try items(of: value, argument: argument, function).map { item in
            guard let n = item.numberValue else {
                throw RuntimeError("\(function) needs a list of numbers, but it holds \(item.describedType)", argument: argument)
            }
            return n
        }
    }
}
