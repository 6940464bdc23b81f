/// A function's name and parameters.
public struct Signature: Sendable, CustomStringConvertible {
    public var name: String
    public var parameters: [Function.Parameter]
    /// Whether extra positional arguments are accepted (collected in ``Arguments/rest``).
    public var variadic: Bool

    public init(name: String, parameters: [Function.Parameter], variadic: Bool = false) {
        self.name = name
        self.parameters = parameters
        self.variadic = variadic
    }

    /// A signature from a compact spelling: `Signature("near", "a", "b", defaults: ["tol": .number(1e-6)])`.
    /// `options` are keyword-only parameters with their defaults: `max(t, axis: 1)`.
    public init(_ name: String, _ parameters: String..., defaults: [String: Value] = [:], variadic: Bool = false, options: KeyValuePairs<String, Value> = [:]) {
        self.name = name
        self.parameters = parameters.map { Function.Parameter(name: $0, defaultValue: defaults[$0]) }
            + options.map { Function.Parameter(name: $0.key, defaultValue: $0.value, isKeywordOnly: true) }
        self.variadic = variadic
    }

    public var description: String {
        let describe = { (p: Function.Parameter) in p.defaultValue.map { "\(p.name): \($0.summary)" } ?? p.name }
        var parts = parameters.filter { !$0.isKeywordOnly }.map(describe)
        if variadic { parts.append("...") }
        parts += parameters.filter(\.isKeywordOnly).map(describe)
        return "\(name.isEmpty ? "fn" : name)(\(parts.joined(separator: ", ")))"
    }

    /// How messages name the function: `fn line`, or `the anonymous fn`.
    public var title: String {
        name.isEmpty ? "the anonymous fn" : "fn \(name)"
    }

    /// How many arguments are required.
    var requiredCount: Int { parameters.prefix { $0.defaultValue == nil }.count }

    /// How many arguments may be given by position.
    var positionalCount: Int { parameters.prefix { !$0.isKeywordOnly }.count }
}
