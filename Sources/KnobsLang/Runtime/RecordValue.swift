/// A record `{lr: 0.1, betas: [0.9, 0.999]}`: named fields in the order written.
///
/// Value semantics through copy-on-write storage, which keeps ``Value`` small.
public struct RecordValue: Sendable {
    private var storage: Storage

    final class Storage: @unchecked Sendable {
        @exclusivity(unchecked) var keys: [String]
        @exclusivity(unchecked) var values: [Value]
        @exclusivity(unchecked) var weight: Int
        @exclusivity(unchecked) var nesting: Int
        /// Field positions by name, kept once a record has many fields, so that setting stays fast.
        @exclusivity(unchecked) var positions: [String: Int]?

        init(keys: [String], values: [Value], weight: Int, nesting: Int, positions: [String: Int]?) {
            self.keys = keys
            self.values = values
            self.weight = weight
            self.nesting = nesting
            self.positions = positions
        }
    }

    /// Records with more fields than this look names up in a dictionary.
    static let indexedSize = 16

    public init(keys: [String] = [], values: [Value] = []) {
        var weight = keys.count
        var nesting = 1
        for v in values {
            weight = weight &+ v.weight
            nesting = Swift.max(nesting, 1 &+ v.nesting)
        }
        let positions = keys.count > RecordValue.indexedSize
            ? Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            : nil
        storage = Storage(keys: keys, values: values, weight: weight, nesting: nesting, positions: positions)
    }

    public var keys: [String] { storage.keys }
    public var values: [Value] { storage.values }
    public var weight: Int { storage.weight }
    public var nesting: Int { storage.nesting }

    private func position(of key: String) -> Int? {
        if let positions = storage.positions { return positions[key] }
        return storage.keys.firstIndex(of: key)
    }

    public subscript(key: String) -> Value? {
        guard let i = position(of: key) else { return nil }
        return storage.values[i]
    }

    /// Sets a field, adding it at the end if it is new.
    public mutating func set(_ key: String, _ value: Value) {
        if !isKnownUniquelyReferenced(&storage) {
            storage = Storage(keys: storage.keys, values: storage.values, weight: storage.weight, nesting: storage.nesting, positions: storage.positions)
        }
        storage.nesting = Swift.max(storage.nesting, 1 &+ value.nesting)
        let count = storage.keys.count
        // With the index, a new key is entered in the same lookup that finds an existing one.
        let i = storage.positions != nil ? storage.positions!.value(forKey: key, inserting: count) : storage.keys.firstIndex(of: key) ?? count
        if i < count {
            storage.weight = storage.weight &- storage.values[i].weight &+ value.weight
            storage.values[i] = value
            return
        }
        storage.keys.append(key)
        storage.values.append(value)
        storage.weight = storage.weight &+ 1 &+ value.weight
        if storage.positions == nil, storage.keys.count > RecordValue.indexedSize {
            storage.positions = Dictionary(storage.keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }
}

private extension Dictionary {
    /// The value for `key`, after entering `value` for it if the key is new: one hash lookup.
    mutating func value(forKey key: Key, inserting value: Value) -> Value {
        func read(_ entry: inout Value) -> Value { entry }
        return read(&self[key, default: value])
    }
}
