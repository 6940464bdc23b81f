import KnobsEngine

extension StandardLibrary {
    static let collections: [(String, Value)] = [
        function(Signature("len", "x"), "The number of items in a list, range or record, or of characters in a string.") { args, context in
            switch args[0] {
            case .list(let l): return .number(Double(l.count))
            case .string(let s):
                try context.countSteps(s.utf8.count >> 6)
                return .number(Double(s.count))
            case .range(let lo, let hi): return .number(hi - lo)
            case .record(let r): return .number(Double(r.keys.count))
            case .object(let o):
                if let tensor = o as? Tensor, let rows = tensor.shape.first { return .number(Double(rows)) }
                if let items = try o.elements() { return .number(Double(items.count)) }
            default: break
            }
            throw RuntimeError("\(args[0].describedType) has no length", argument: 0)
        },
        function(Signature("range", "start", "stop", "step", defaults: ["stop": .nil, "step": .number(1)]), "range(n) is 0..<n; range(a, b) is a..<b; range(a, b, step) counts by step.") { args, context in
            var start = 0.0
            var stop = try args.number(0, "range")
            if case .number(let b) = args[1] {
                start = stop
                stop = b
            }
            let step = try args.number(2, "range")
            guard start.isFinite, stop.isFinite, step.isFinite else {
                throw RuntimeError("range needs finite numbers")
            }
            guard step != 0 else { throw RuntimeError("range's step cannot be 0", argument: 2) }
            if step == 1, start == start.rounded(), stop == stop.rounded(),
               Swift.abs(start) <= Value.largestExactWhole, Swift.abs(stop) <= Value.largestExactWhole {
                return .range(lower: start, upper: Swift.max(start, stop))
            }
            let count = Swift.max(0, ((stop - start) / step).rounded(.up))
            try context.chargeNew(count > 9e15 ? Int.max : Int(count))
            return try context.newList((0..<Int(count)).map { .number(start + Double($0) * step) })
        },
        function(Signature("list", "x"), "The items of a range or string as a list.") { args, context in
            try context.newList(try context.items(of: args[0], argument: 0, "list"))
        },
        function(Signature("map", "xs", "f"), "A new list with f applied to every item: map([1, 2], fn(x) = x * 10) is [10, 20].") { args, context in
            let f = try args.function(1, "map")
            let items = try context.items(of: args[0], argument: 0, "map")
            var results: [Value] = []
            results.reserveCapacity(items.count)
            try context.call(f, onEach: items) { _, result in results.append(result) }
            return try context.newList(results)
        },
        function(Signature("filter", "xs", "keep"), "The items for which keep(item) is true.") { args, context in
            let keep = try args.function(1, "filter")
            let items = try context.items(of: args[0], argument: 0, "filter")
            var kept: [Value] = []
            try context.call(keep, onEach: items) { item, verdict in
                guard case .bool(let b) = verdict else {
                    throw RuntimeError("filter's function must return true or false, got \(verdict.describedType)", argument: 1)
                }
                if b { kept.append(item) }
            }
            return try context.newList(kept)
        },
        function(Signature("append", "xs", "item"), "A new list: xs with item added at the end (xs itself is unchanged; xs.append(item) changes xs).") { args, context in
            guard case .list(var l) = args.values[0] else {
                throw RuntimeError("append needs a list, got \(args[0].describedType)", argument: 0)
            }
            args.values[0] = .nil
            l.append(args[1])
            try context.chargeNew(l.count)
            try context.checkSize(.list(l))
            return .list(l)
        },
        function(Signature("sorted", "xs"), "A sorted copy of a list of numbers or strings.") { args, context in
            try context.newList(try sortedItems(try context.items(of: args[0], argument: 0, "sorted")))
        },
        function(Signature("reversed", "xs"), "A reversed copy of a list.") { args, context in
            try context.newList(try context.items(of: args[0], argument: 0, "reversed").reversed())
        },
        function(Signature("zip", "xs", "ys"), "Pairs of items: zip([1, 2], [3, 4]) is [[1, 3], [2, 4]].") { args, context in
            let xs = try context.items(of: args[0], argument: 0, "zip")
            let ys = try context.items(of: args[1], argument: 1, "zip")
            try context.chargeNew(3 * min(xs.count, ys.count))
            return try context.newList(zip(xs, ys).map { .list(ListValue([$0, $1])) })
        },
        function(Signature("enumerate", "xs"), "Pairs of position and item: enumerate([\"a\", \"b\"]) is [[0, \"a\"], [1, \"b\"]].") { args, context in
            let xs = try context.items(of: args[0], argument: 0, "enumerate")
            try context.chargeNew(3 * xs.count)
            return try context.newList(xs.enumerated().map { .list(ListValue([.number(Double($0)), $1])) })
        },
        function(Signature("keys", "r"), "The field names of a record.") { args, context in
            guard case .record(let r) = args[0] else { throw RuntimeError("keys needs a record, got \(args[0].describedType)", argument: 0) }
            return try context.newList(r.keys.map { .string($0) })
        },
        function(Signature("values", "r"), "The field values of a record.") { args, context in
            guard case .record(let r) = args[0] else { throw RuntimeError("values needs a record, got \(args[0].describedType)", argument: 0) }
            return try context.newList(r.values)
        },
    ]

    /// Numbers or strings in ascending order; a mix is an error.
    static func sortedItems(_ items: [Value]) throws -> [Value] {
        if items.allSatisfy(\.isNumber) {
            return items.sorted { a, b in
                if case .number(let x) = a, case .number(let y) = b { return x < y }
                return false
            }
        }
        if items.allSatisfy(\.isString) {
            return items.sorted { a, b in
                if case .string(let x) = a, case .string(let y) = b { return x < y }
                return false
            }
        }
        throw RuntimeError("only a list of numbers or a list of strings can be sorted", argument: 0)
    }
}
