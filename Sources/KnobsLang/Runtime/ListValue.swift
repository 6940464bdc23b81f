/// The items of a list, with value semantics and a cached size.
///
/// Copies share storage until one is changed (copy-on-write). The ``weight``
/// (items counted through nested lists and records) is kept up to date so the
/// memory limit can be checked without walking the list: `xs = append(xs, xs)`
/// doubles it every time.
public struct ListValue: Sendable {
    private var storage: Storage

    final class Storage: @unchecked Sendable {
        @exclusivity(unchecked) var items: [Value]
        @exclusivity(unchecked) var weight: Int

        init(items: [Value], weight: Int) {
            self.items = items
            self.weight = weight
        }
    }

    /// A list of the given items.
    public init(_ items: [Value] = []) {
        var weight = items.count
        for item in items { weight = weight &+ item.weight }
        storage = Storage(items: items, weight: weight)
    }

    /// The items, read-only.
    public var items: [Value] { storage.items }
    public var count: Int { storage.items.count }
    /// The number of cells this list holds, counting nested lists, records and strings.
    public var weight: Int { storage.weight }

    public subscript(index: Int) -> Value {
        get { storage.items[index] }
        set {
            makeUnique()
            storage.weight = storage.weight &- storage.items[index].weight &+ newValue.weight
            storage.items[index] = newValue
        }
    }

    public mutating func append(_ value: Value) {
        makeUnique()
        storage.weight = storage.weight &+ 1 &+ value.weight
        storage.items.append(value)
    }

    public mutating func append(contentsOf other: ListValue) {
        makeUnique()
        storage.weight = storage.weight &+ other.weight
        storage.items.append(contentsOf: other.items)
    }

    public mutating func insert(_ value: Value, at index: Int) {
        makeUnique()
        storage.weight = storage.weight &+ 1 &+ value.weight
        storage.items.insert(value, at: index)
    }

    @discardableResult
    public mutating func remove(at index: Int) -> Value {
        makeUnique()
        let removed = storage.items.remove(at: index)
        storage.weight = storage.weight &- 1 &- removed.weight
        return removed
    }

    public mutating func removeAll() {
        self = ListValue()
    }

    /// Replaces all items at once (after a sort, say).
    public mutating func replaceItems(_ items: [Value]) {
        self = ListValue(items)
    }

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) {
            storage = Storage(items: storage.items, weight: storage.weight)
        }
    }
}

/// A record `{lr: 0.1, betas: [0.9, 0.999]}`: named fields in the order written.
///
/// Value semantics through copy-on-write storage, which keeps ``Value`` small.
public struct RecordValue: Sendable {
    private var storage: Storage

    final class Storage: @unchecked Sendable {
        @exclusivity(unchecked) var keys: [String]
        @exclusivity(unchecked) var values: [Value]
        @exclusivity(unchecked) var weight: Int

        init(keys: [String], values: [Value], weight: Int) {
            self.keys = keys
            self.values = values
            self.weight = weight
        }
    }

    public init(keys: [String] = [], values: [Value] = []) {
        var weight = keys.count
        for v in values { weight = weight &+ v.weight }
        storage = Storage(keys: keys, values: values, weight: weight)
    }

    public var keys: [String] { storage.keys }
    public var values: [Value] { storage.values }
    public var weight: Int { storage.weight }

    public subscript(key: String) -> Value? {
        guard let i = storage.keys.firstIndex(of: key) else { return nil }
        return storage.values[i]
    }

    /// Sets a field, adding it at the end if it is new.
    public mutating func set(_ key: String, _ value: Value) {
        if !isKnownUniquelyReferenced(&storage) {
            storage = Storage(keys: storage.keys, values: storage.values, weight: storage.weight)
        }
        if let i = storage.keys.firstIndex(of: key) {
            storage.weight = storage.weight &- storage.values[i].weight &+ value.weight
            storage.values[i] = value
        } else {
            storage.keys.append(key)
            storage.values.append(value)
            storage.weight = storage.weight &+ 1 &+ value.weight
        }
    }
}

extension Value {
    /// How many cells the value occupies, for the memory limit.
    public var weight: Int {
        switch self {
        case .list(let list): return list.weight
        case .record(let record): return record.weight
        case .string(let s): return s.utf8.count / 8
        case .object(let o): return o.weight
        default: return 0
        }
    }
}
