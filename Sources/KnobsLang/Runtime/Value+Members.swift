extension Value {
    /// What may follow a dot on this value: a record's fields, an object's
    /// properties and methods, the methods of lists and strings. For completion.
    public var memberNames: [String] {
        switch self {
        case .record(let record): return record.keys
        case .object(let object): return object.memberNames
        default: return BuiltinMethods.names(for: self)
        }
    }
}
