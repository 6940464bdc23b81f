extension Value {
    /// Changes the list held here in place; nil when this is not a list.
    ///
    /// The list is moved out first (leaving nil for the moment), so that it is
    /// uniquely referenced and changing it copies nothing. A pattern match
    /// (`case .list(var l) = value`) would keep a second reference alive and
    /// make every change copy the whole list.
    mutating func withList<T>(_ body: (inout ListValue) throws -> T) rethrows -> T? {
        guard case .list = self else { return nil }
        let taken = self
        self = .nil
        guard case .list(var list) = consume taken else { return nil }
        defer { self = .list(list) }
        return try body(&list)
    }

    /// Changes the record held here in place; nil when this is not a record. See ``withList(_:)``.
    mutating func withRecord<T>(_ body: (inout RecordValue) throws -> T) rethrows -> T? {
        guard case .record = self else { return nil }
        let taken = self
        self = .nil
        guard case .record(var record) = consume taken else { return nil }
        defer { self = .record(record) }
        return try body(&record)
    }
}
