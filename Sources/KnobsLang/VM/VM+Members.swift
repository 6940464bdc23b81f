extension VM {
    /// `container[i]`: lists, strings and ranges from 0 (negative from the end), records by name.
    func index(_ container: Value, _ position: Value) throws -> Value {
        switch container {
        case .list(let l):
            return l[try elementIndex(position, count: l.count, of: "list")]
        case .string(let s):
            try countSteps(s.utf8.count >> 6)
            let count = s.count
            let i = try elementIndex(position, count: count, of: "string")
            return .string(String(s[s.index(s.startIndex, offsetBy: i)]))
        case .range(let lo, let hi):
            return .number(lo + Double(try elementIndex(position, count: Int(hi - lo), of: "range")))
        case .record(let r):
            guard case .string(let key) = position else {
                throw RuntimeError("a record is indexed by a field name in quotes, got \(position.describedType)", hint: "write r.name or r[\"name\"]")
            }
            guard let value = r[key] else { throw missingField(key, in: r) }
            return value
        case .object(let o):
            if let value = try o.element(at: position) { return value }
            throw RuntimeError("\(container.describedType) cannot be indexed")
        default:
            throw RuntimeError("\(container.describedType) cannot be indexed", hint: container.isNumber ? "only lists, strings, ranges and records have items" : nil)
        }
    }

    /// `place[i] = value`: a variable's list, record or object changed in place.
    func setIndex(of place: Place, in frame: Frame, _ position: Value, _ value: Value) throws {
        if let slot = variableSlot(place, in: frame) {
            try setIndex(&slot.pointee, position, value)
        } else {
            try modify(place, in: frame) { target in try setIndex(&target, position, value) }
        }
    }

    /// `container[i] = value` on a variable's value, in place.
    func setIndex(_ container: inout Value, _ position: Value, _ value: Value) throws {
        // Lists and records change outside any `switch container`, which would hold a second
        // reference for its duration and make the change copy everything.
        let changedList: Void? = try container.withList { l in
            let i = try elementIndex(position, count: l.count, of: "list")
            l[i] = value
            try checkSize(weight: l.weight, nesting: l.nesting)
        }
        if changedList != nil { return }
        if case .record = container {
            guard case .string(let key) = position else {
                throw RuntimeError("a record is indexed by a field name in quotes, got \(position.describedType)")
            }
            _ = try container.withRecord { r in
                r.set(key, value)
                try checkSize(weight: r.weight, nesting: r.nesting)
            }
            return
        }
        switch container {
        case .object(let o):
            if try o.setElement(at: position, to: value) { return }
            throw RuntimeError("the items of \(container.describedType) cannot be changed")
        case .string:
            throw RuntimeError("the characters of a string cannot be changed", hint: "build a new string instead, as in s = s + \"!\"")
        default:
            throw RuntimeError("\(container.describedType) has no items to change")
        }
    }

    /// Where a register or an assigned global variable keeps its value, for a change
    /// that runs no knobs code (so nothing else can touch the variable meanwhile);
    /// nil for cells and captures, and for a global without a value.
    private func variableSlot(_ place: Place, in frame: Frame) -> UnsafeMutablePointer<Value>? {
        switch place {
        case .register(let r): return registers + frame.base + Int(r)
        case .global(let g): return globals.slot(Int(g))
        case .cell, .capture: return nil
        }
    }

    /// A checked position in a sequence of `count` items; negative counts from the end.
    /// `typeName` names the sequence in errors ("list", "string", "range").
    @inline(__always)
    func elementIndex(_ position: Value, count: Int, of typeName: String) throws -> Int {
        if let n = position.numberValue, n >= -Double(count), n < Double(count) {
            let i = Int(n)  // in range, so the conversion cannot trap
            if Double(i) == n { return i < 0 ? i + count : i }
        }
        throw badIndex(position, count: count, of: typeName)
    }

    /// Why a position is no index of a sequence of `count` items.
    private func badIndex(_ position: Value, count: Int, of typeName: String) -> RuntimeError {
        guard let n = position.numberValue else {
            return RuntimeError("an index must be a number, got \(position.describedType)")
        }
        guard n.isFinite, n == n.rounded() else {
            return RuntimeError("an index must be a whole number, got \(position.summary)", hint: n.isFinite ? "use floor(i) or round(i)" : nil)
        }
        let unit = typeName == "string" ? "character" : "item"
        if count == 0 { return RuntimeError("index \(position.summary) is out of range: the \(typeName) is empty") }
        return RuntimeError("index \(position.summary) is out of range for a \(typeName) of \(count) \(unit)\(count == 1 ? "" : "s")", hint: "valid indexes are 0 to \(count - 1), or -1 to -\(count) from the end")
    }

    /// A checked position to insert at: 0 up to `count` (the end), or negative from the end.
    func insertionIndex(_ position: Value, count: Int) throws -> Int {
        guard case .number(let n) = position else {
            throw RuntimeError("an index must be a number, got \(position.describedType)")
        }
        guard n.isFinite, n == n.rounded() else {
            throw RuntimeError("an index must be a whole number, got \(position.summary)", hint: "use floor(i) or round(i)")
        }
        guard n >= -Double(count), n <= Double(count) else {
            let negative = count == 0 ? "" : ", or -1 to -\(count) from the end"
            throw RuntimeError("index \(position.summary) is out of range for a list of \(count) item\(count == 1 ? "" : "s")", hint: "valid indexes are 0 to \(count)\(negative)")
        }
        let i = Int(n)
        return i < 0 ? i + count : i
    }

    /// `value.name`: a record's field or an object's property.
    func field(_ value: Value, _ name: String) throws -> Value {
        switch value {
        case .record(let r):
            guard let v = r[name] else { throw missingField(name, in: r) }
            return v
        case .object(let o):
            if let v = try o.property(name) { return v }
            let suggestion = Suggestions.closest(to: name, among: o.memberNames)
            throw RuntimeError("\(value.describedType) has no property '\(name)'", hint: suggestion.map { "did you mean '\($0)'?" })
        default:
            if BuiltinMethods.names(for: value).contains(name) || BuiltinMethods.isFunction(name) {
                throw RuntimeError("'\(name)' is a method of \(value.describedType)", hint: "call it with parentheses: x.\(name)()")
            }
            throw RuntimeError("\(value.describedType) has no property '\(name)'", hint: "only records and objects have properties")
        }
    }

    /// `place.name = new`: a variable's record or object changed in place.
    func setField(of place: Place, in frame: Frame, _ name: String, _ new: Value) throws {
        if let slot = variableSlot(place, in: frame) {
            try setField(&slot.pointee, name, new)
        } else {
            try modify(place, in: frame) { target in try setField(&target, name, new) }
        }
    }

    /// `value.name = new` on a variable's value, in place.
    func setField(_ value: inout Value, _ name: String, _ new: Value) throws {
        let changed: Void? = try value.withRecord { r in
            r.set(name, new)
            try checkSize(weight: r.weight, nesting: r.nesting)
        }
        if changed != nil { return }
        switch value {
        case .object(let o):
            if try o.setProperty(name, to: new) { return }
            throw RuntimeError("the property '\(name)' of \(value.describedType) cannot be set")
        default:
            throw RuntimeError("cannot set a property on \(value.describedType)", hint: "only records have fields: r = {\(name): ...}")
        }
    }

    private func missingField(_ name: String, in r: RecordValue) -> RuntimeError {
        let suggestion = Suggestions.closest(to: name, among: r.keys)
        return RuntimeError(
            "the record has no field '\(name)'",
            hint: suggestion.map { "did you mean '\($0)'?" } ?? (r.keys.isEmpty ? nil : "its fields: \(r.keys.joined(separator: ", "))"))
    }

    /// What `for x in value` walks over: ranges and lists as they are, strings as characters.
    func iterable(_ value: Value) throws -> Value {
        switch value {
        case .range, .list: return value
        case .string(let s): return .list(ListValue(s.map { .string(String($0)) }))
        case .object(let o):
            if let items = try o.elements() { return .list(ListValue(items)) }
            throw RuntimeError("cannot loop over \(value.describedType)")
        case .record:
            throw RuntimeError("cannot loop over a record directly", hint: "loop over its names with for k in keys(r)")
        case .number:
            throw RuntimeError("cannot loop over a number", hint: "to count, write for i in 0..<n")
        default:
            throw RuntimeError("cannot loop over \(value.describedType)")
        }
    }

    /// Runs `body` on a variable's value in place; the value is moved out while
    /// `body` runs (the variable holds nil meanwhile), so a list changes without being copied.
    func modify<T>(_ place: Place, in frame: Frame, _ body: (inout Value) throws -> T) throws -> T {
        switch place {
        case .register(let r):
            let index = frame.base + Int(r)
            var value = Value.nil
            swap(&value, &registers[index])
            defer { registers[index] = value }  // re-read: a callback may have moved the register file
            return try body(&value)
        case .global(let g):
            guard let result = try globals.modify(Int(g), body) else {
                let name = globalTable.names[Int(g)]
                throw RuntimeError("'\(name)' has no value yet", hint: "assign it before this line runs")
            }
            return result
        case .cell(let c):
            return try frame.cell(c).modify(body)
        case .capture(let c):
            return try frame.capture(c).modify(body)
        }
    }

    /// `receiver.name(args)`: a record's function field, an object's method, a
    /// built-in method of lists and strings, or else a library function with
    /// the receiver as its first argument (`xs.sum()` is `sum(xs)`).
    func callMethod(_ site: MethodSite, in frame: Frame) throws -> Value {
        let argumentBase = frame.base + Int(site.call.firstArgument)
        let given = (0..<Int(site.call.count)).map { registers[argumentBase + $0] }
        let receiver = try modify(site.receiver, in: frame) { $0 }
        if site.receiverIsVariable, MethodNames.mutating.contains(site.name), case .list = receiver {
            // Only a list is moved out of its variable for the call; a record's function
            // field named `append` runs with the record left where it is.
            return try modify(site.receiver, in: frame) { receiver in
                try BuiltinMethods.callMutating(site.name, on: &receiver, given, labels: site.call.labels, vm: self) ?? .nil
            }
        }
        if site.requiresList {
            throw RuntimeError("append needs a list, got \(receiver.describedType)", hint: "xs = append(xs, x) adds to a list")
        }
        return try callNonMutating(site, receiver, given)
    }

    private func callNonMutating(_ site: MethodSite, _ receiver: Value, _ given: [Value]) throws -> Value {
        if case .record(let r) = receiver, let member = r[site.name] {
            guard case .function = member else {
                throw RuntimeError("the field '\(site.name)' holds \(member.describedType), not a function", hint: "read it without parentheses: r.\(site.name)")
            }
            return try call(member, given, labels: site.call.labels)
        }
        if case .object(let o) = receiver, let result = try o.callMethod(site.name, Arguments(values: given), context: self) {
            return result
        }
        if let result = try BuiltinMethods.call(site.name, on: receiver, given, labels: site.call.labels, vm: self) { return result }
        if let index = builtinIndex[site.name], case .function = builtins[Int(index)] {
            return try call(builtins[Int(index)], [receiver] + given, labels: [nil] + (site.call.labels.isEmpty ? given.map { _ in nil } : site.call.labels))
        }
        var candidates = BuiltinMethods.names(for: receiver)
        if case .object(let o) = receiver { candidates += o.memberNames }
        let suggestion = Suggestions.closest(to: site.name, among: candidates)
        throw RuntimeError("\(receiver.describedType) has no method '\(site.name)'", hint: suggestion.map { "did you mean '\($0)'?" })
    }

    /// Calls a function with labelled arguments, from Swift.
    func call(_ function: Value, _ arguments: [Value], labels: [String?]) throws -> Value {
        let base = top
        try reserve(base + arguments.count + 1)
        for (i, value) in arguments.enumerated() { registers[base + i] = value }
        let hasLabels = labels.contains { $0 != nil }
        let site = CallSite(firstArgument: 0, count: Int32(arguments.count), labels: hasLabels ? labels : [], argumentRanges: [])
        let savedTop = top
        top = base + arguments.count
        defer { top = savedTop }
        return try call(function, site: site, base: base)
    }
}
