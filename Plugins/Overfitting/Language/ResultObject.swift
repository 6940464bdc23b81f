import KnobsPluginAPI

/// What an experiment returns: a one-line summary when printed, and its
/// numbers as properties (`sweep.best`, `run.test`).
final class ResultObject: KnobsObject, @unchecked Sendable {
    let typeName: String
    let summary: String
    let properties: [(name: String, value: Value)]

    init(typeName: String, summary: String, properties: [(name: String, value: Value)]) {
        self.typeName = typeName
        self.summary = summary
        self.properties = properties
    }

    var description: String { "\(typeName)(\(summary))" }
    var memberNames: [String] { properties.map(\.name) }
    var weight: Int { properties.reduce(1) { $0 + $1.value.weight } }

    func property(_ name: String) throws -> Value? {
        properties.first { $0.name == name }?.value
    }
}

extension Value {
    /// A list of numbers.
    static func numbers(_ values: [Double]) -> Value {
        .list(ListValue(values.map { .number($0) }))
    }
}
