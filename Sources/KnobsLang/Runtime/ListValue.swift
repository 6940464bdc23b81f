/// The items of a list, with value semantics and a cached size.
///
/// Copies share storage until one is changed (copy-on-write). The ``weight``
/// (items counted through nested lists and records) is kept up to date so the
/// memory limit can be checked without walking the list: `xs = append(xs, xs)`
/// doubles it every time. So is the ``nesting`` (how many lists and records
/// lie inside one another), which is bounded so that no value is too deep to
/// print, compare or free without exhausting the stack.
public struct ListValue: Sendable {
    private var storage: Storage

    final class Storage: @unchecked Sendable {
        @exclusivity(unchecked) var items: [Value]
        @exclusivity(unchecked) var weight: Int
        /// 1 + the deepest nesting of an item; it may stay high after the deepest item is removed.
        @exclusivity(unchecked) var nesting: Int

        init(items: [Value], weight: Int, nesting: Int) {
            self.items = items
            self.weight = weight
            self.nesting = nesting
        }
    }

    /// A list of the given items.
    public init(_ items: [Value] = []) {
        var weight = items.count
        var nesting = 1
        for item in items {
            weight = weight &+ item.weight
            nesting = Swift.max(nesting, 1 &+ item.nesting)
        }
        storage = Storage(items: items, weight: weight, nesting: nesting)
    }

    /// The items, read-only.
    public var items: [Value] { storage.items }
    public var count: Int { storage.items.count }
    /// The number of cells this list holds, counting nested lists, records and strings.
    public var weight: Int { storage.weight }
    /// How deeply lists and records nest in this one (1 for a list of numbers).
    public var nesting: Int { storage.nesting }

    public subscript(index: Int) -> Value {
        get { storage.items[index] }
        set {
            makeUnique()
            storage.weight = storage.weight &- storage.items[index].weight &+ newValue.weight
            storage.nesting = Swift.max(storage.nesting, 1 &+ newValue.nesting)
            storage.items[index] = newValue
        }
    }

    public mutating func append(_ value: Value) {
        makeUnique()
        storage.weight = storage.weight &+ 1 &+ value.weight
        storage.nesting = Swift.max(storage.nesting, 1 &+ value.nesting)
        storage.items.append(value)
    }

    public mutating func append(contentsOf other: ListValue) {
        makeUnique()
        storage.weight = storage.weight &+ other.weight
        storage.nesting = Swift.max(storage.nesting, other.nesting)
        storage.items.append(contentsOf: other.items)
    }

    public mutating func insert(_ value: Value, at index: Int) {
        makeUnique()
        storage.weight = storage.weight &+ 1 &+ value.weight
        storage.nesting = Swift.max(storage.nesting, 1 &+ value.nesting)
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
            storage = Storage(items: storage.items, weight: storage.weight, nesting: storage.nesting)
        }
    }
}

extension Value {
    /// How deeply lists and records nest in the value: 0 for a number, 1 for a flat list.
    @inline(__always)
    public var nesting: Int {
        switch self {
        case .list(let list): return list.nesting
        case .record(let record): return record.nesting
        case .function(let function): return function.nesting
        default: return 0
        }
    }

    /// How many cells the value occupies, for the memory limit.
    @inline(__always)
    public var weight: Int {
        switch self {
        case .list(let list): return list.weight
        case .record(let record): return record.weight
        case .string(let s): return s.utf8.count
        case .object(let o): return o.weight
        default: return 0
        }
    }
}
