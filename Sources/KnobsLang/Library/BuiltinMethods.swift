import Foundation

/// Methods of the built-in types: `xs.append(3)`, `s.upper()`.
///
/// Mutating list methods change the variable they are called on. Any other
/// library function can also be called as a method, with the receiver as its
/// first argument: `xs.sum()` is `sum(xs)`.
enum BuiltinMethods {
    static let listMethods = ["append", "pop", "insert", "remove", "extend", "clear", "sort", "reverse", "index"]
    static let stringMethods = ["upper", "lower", "strip", "split", "replace", "startswith", "endswith", "join", "find"]

    /// The method names of a value's type, for suggestions.
    static func names(for value: Value) -> [String] {
        switch value {
        case .list: return listMethods
        case .string: return stringMethods
        default: return []
        }
    }

    static func isFunction(_ name: String) -> Bool {
        StandardLibrary.entries.contains { $0.name == name }
    }

    /// A mutating list method on a variable's value; nil when the value is not a list.
    static func callMutating(_ name: String, on receiver: inout Value, _ args: [Value], labels: [String?], vm: VM) throws -> Value? {
        guard case .list = receiver, listMethods.contains(name) else { return nil }
        try rejectLabels(labels, name)
        return try receiver.withList { list in try callListMethod(name, on: &list, args, vm: vm) } ?? nil
    }

    private static func callListMethod(_ name: String, on list: inout ListValue, _ args: [Value], vm: VM) throws -> Value? {
        try vm.countSteps(list.count >> 6)  // searching, removing and inserting walk the list
        func expectCount(_ n: Int, _ usage: String) throws {
            if args.count != n { throw RuntimeError("\(usage) takes \(n) argument\(n == 1 ? "" : "s"), got \(args.count)", hint: "write xs.\(usage)") }
        }
        switch name {
        case "append":
            try expectCount(1, "append(item)")
            list.append(args[0])
            try vm.checkSize(weight: list.weight, nesting: list.nesting)
            return .nil
        case "extend":
            try expectCount(1, "extend(items)")
            let more = ListValue(try vm.items(of: args[0], argument: 0, "extend"))
            try vm.chargeNew(more.count)
            list.append(contentsOf: more)
            try vm.checkSize(weight: list.weight, nesting: list.nesting)
            return .nil
        case "pop":
            guard args.count <= 1 else { throw RuntimeError("pop takes at most 1 argument, got \(args.count)") }
            guard list.count > 0 else { throw RuntimeError("pop from an empty list") }
            let i = args.isEmpty ? list.count - 1 : try vm.elementIndex(args[0], count: list.count, of: "list")
            return list.remove(at: i)
        case "insert":
            try expectCount(2, "insert(index, item)")
            let i = try vm.insertionIndex(args[0], count: list.count)
            list.insert(args[1], at: i)
            try vm.checkSize(weight: list.weight, nesting: list.nesting)
            return .nil
        case "remove":
            try expectCount(1, "remove(item)")
            guard let i = list.items.firstIndex(of: args[0]) else {
                throw RuntimeError("\(args[0].summary) is not in the list")
            }
            list.remove(at: i)
            return .nil
        case "clear":
            try expectCount(0, "clear()")
            list.removeAll()
            return .nil
        case "sort":
            try expectCount(0, "sort()")
            list.replaceItems(try StandardLibrary.sortedItems(list.items))
            return .nil
        case "reverse":
            try expectCount(0, "reverse()")
            list.replaceItems(list.items.reversed())
            return .nil
        default:
            return nil
        }
    }

    /// A non-mutating method of a list or string; nil when there is none by that name.
    static func call(_ name: String, on receiver: Value, _ args: [Value], labels: [String?], vm: VM) throws -> Value? {
        try vm.countSteps(receiver.weight >> 6)
        if names(for: receiver).contains(name) { try rejectLabels(labels, name) }
        switch receiver {
        case .list(let list) where name == "index":
            guard args.count == 1 else { throw RuntimeError("index(item) takes 1 argument, got \(args.count)") }
            guard let i = list.items.firstIndex(of: args[0]) else { throw RuntimeError("\(args[0].summary) is not in the list") }
            return .number(Double(i))
        case .string(let s):
            return try stringMethod(name, s, args, vm: vm)
        default:
            return nil
        }
    }

    /// Built-in methods take positional arguments only.
    private static func rejectLabels(_ labels: [String?], _ name: String) throws {
        if let label = labels.compactMap({ $0 }).first {
            throw RuntimeError("\(name) takes no named arguments, got '\(label):'", hint: "drop the '\(label):' label")
        }
    }

    private static func stringMethod(_ name: String, _ s: String, _ args: [Value], vm: VM) throws -> Value? {
        let arity: [String: Int] = ["upper": 0, "lower": 0, "strip": 0, "startswith": 1, "endswith": 1, "find": 1, "replace": 2, "join": 1]
        if let expected = arity[name], args.count != expected {
            throw RuntimeError("\(name) takes \(expected) argument\(expected == 1 ? "" : "s"), got \(args.count)")
        }
        if name == "split", args.count > 1 {
            throw RuntimeError("split takes at most 1 argument, got \(args.count)")
        }
        func text(_ i: Int) throws -> String {
            guard i < args.count else { throw RuntimeError("\(name) needs \(i + 1) argument\(i == 0 ? "" : "s")") }
            guard case .string(let t) = args[i] else { throw RuntimeError("\(name) needs a string, got \(args[i].describedType)") }
            return t
        }
        switch name {
        case "upper":
            try vm.chargeNew(s.utf8.count)
            return .string(s.uppercased())
        case "lower":
            try vm.chargeNew(s.utf8.count)
            return .string(s.lowercased())
        case "strip": return .string(s.trimmingCharacters(in: .whitespacesAndNewlines))
        case "startswith": return .bool(s.hasPrefix(try text(0)))
        case "endswith": return .bool(s.hasSuffix(try text(0)))
        case "find":
            guard let r = s.range(of: try text(0)) else { return .number(-1) }
            return .number(Double(s.distance(from: s.startIndex, to: r.lowerBound)))
        case "replace":
            let pattern = try text(0)
            let replacement = try text(1)
            // The most the result can grow to, checked before it is built.
            let most = s.utf8.count + (s.utf8.count / max(1, pattern.utf8.count)) * replacement.utf8.count
            try vm.chargeNew(most)
            return .string(s.replacingOccurrences(of: pattern, with: replacement))
        case "split":
            let parts: [String]
            if args.isEmpty {
                parts = s.split(whereSeparator: \.isWhitespace).map(String.init)
            } else {
                let separator = try text(0)
                guard !separator.isEmpty else { throw RuntimeError("split needs a separator that is not empty") }
                parts = s.components(separatedBy: separator)
            }
            try vm.chargeNew(parts.count + s.utf8.count)
            return .list(ListValue(parts.map { .string($0) }))
        case "join":
            guard args.count == 1, case .list(let l) = args[0] else { throw RuntimeError("join needs a list: \", \".join(xs)") }
            let texts = try l.items.map { try vm.text($0) }
            try vm.chargeNew(texts.reduce(s.utf8.count * max(0, texts.count - 1)) { $0 &+ $1.utf8.count })
            return .string(texts.joined(separator: s))
        default:
            return nil
        }
    }
}
