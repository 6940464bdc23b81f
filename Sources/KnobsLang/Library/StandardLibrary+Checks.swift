import KnobsEngine

extension StandardLibrary {
    static let checks: [(String, Value)] = [
        function(Signature("expect", "condition", "message", defaults: ["message": .string("expectation failed")]), "Fails the check with the message unless the condition is true.") { args, _ in
            guard case .bool(let ok) = args[0] else {
                throw RuntimeError("expect needs true or false, got \(args[0].describedType)", hint: "compare something, as in expect(x == 3)", argument: 0)
            }
            if !ok {
                throw RuntimeError(args[1].text, kind: .expectation)
            }
            return .nil
        },
        function(Signature("near", "a", "b", "tol", defaults: ["tol": .number(1e-6)]), "True when a and b differ by at most tol × max(1, |a|, |b|); lists compare item by item.") { args, _ in
            let tol = try args.number(2, "near")
            return .bool(try isNear(args[0], args[1], tol))
        },
    ]

    static func isNear(_ a: Value, _ b: Value, _ tol: Double) throws -> Bool {
        if let x = a.numberValue, let y = b.numberValue {
            if x == y { return true }
            return Swift.abs(x - y) <= tol * Swift.max(1, Swift.abs(x), Swift.abs(y))
        }
        // Tensors compare as the nested lists of their numbers, a tensor against a number element by element.
        if let t = a.tensor ?? b.tensor {
            let other = a.tensor == nil ? a : b
            if let n = other.numberValue { return try t.values.allSatisfy { try isNear(.number($0), .number(n), tol) } }
            let mine = Value.list(ListValue(Tensor.nestedList(t.values, t.shape)))
            let theirs = other.tensor.map { Value.list(ListValue(Tensor.nestedList($0.values, $0.shape))) } ?? other
            return try isNear(mine, theirs, tol)
        }
        switch (a, b) {
        case (.list(let xs), .list(let ys)):
            guard xs.count == ys.count else { return false }
            for (x, y) in zip(xs.items, ys.items) where !(try isNear(x, y, tol)) { return false }
            return true
        default:
            throw RuntimeError("near compares numbers or lists of numbers, got \(a.describedType) and \(b.describedType)")
        }
    }
}
