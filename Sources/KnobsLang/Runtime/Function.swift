import KnobsEngine

/// A function value: a knobs closure or a native function from the library or a plugin.
public final class Function: @unchecked Sendable {
    /// The compiled code of a knobs closure; nil for a native function.
    let proto: Proto?
    /// The variables a knobs closure captured.
    let captures: [Cell]
    /// The Swift code of a native function; nil for a knobs closure.
    let native: NativeBody?
    /// The name and parameters; binding named arguments and defaults uses it.
    public let signature: Signature
    /// The one-line documentation shown by help.
    public let doc: String

    /// How deeply values nest inside this closure, through what it captured when it was made.
    let nesting: Int

    init(proto: Proto, captures: [Cell], defaults: [Value?]) {
        self.proto = proto
        self.captures = captures
        self.native = nil
        self.nesting = 1 + (captures.map(\.value.nesting) + defaults.compactMap { $0?.nesting }).reduce(0, Swift.max)
        self.signature = Signature(name: proto.name, parameters: zip(proto.parameterNames, defaults).map { Parameter(name: $0, defaultValue: $1) })
        self.doc = ""
    }

    /// A native function with a signature, documentation and a body.
    public init(_ signature: Signature, doc: String, _ body: @escaping NativeBody) {
        self.proto = nil
        self.captures = []
        self.native = body
        self.nesting = 1
        self.signature = signature
        self.doc = doc
    }

    /// How the function prints: `<fn line(x)>`, `<fn(x)>` when anonymous, `<builtin sqrt(x)>`.
    public var description: String {
        if proto == nil { return "<builtin \(signature)>" }
        return signature.name.isEmpty ? "<\(signature)>" : "<fn \(signature)>"
    }

    /// A parameter of a function signature.
    public struct Parameter: Sendable {
        public var name: String
        /// The value used when the caller leaves the argument out; nil when it is required.
        public var defaultValue: Value?

        public init(name: String, defaultValue: Value? = nil) {
            self.name = name
            self.defaultValue = defaultValue
        }
    }
}

/// The Swift code behind a native function.
public typealias NativeBody = (inout Arguments, CallContext) throws -> Value

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

    /// A signature from a compact spelling: `Signature("near", "a", "b", "tol" => 1e-6)`.
    public init(_ name: String, _ parameters: String..., defaults: [String: Value] = [:], variadic: Bool = false) {
        self.name = name
        self.parameters = parameters.map { Function.Parameter(name: $0, defaultValue: defaults[$0]) }
        self.variadic = variadic
    }

    public var description: String {
        var parts = parameters.map { p in
            p.defaultValue.map { "\(p.name): \($0.summary)" } ?? p.name
        }
        if variadic { parts.append("...") }
        return "\(name.isEmpty ? "fn" : name)(\(parts.joined(separator: ", ")))"
    }

    /// How messages name the function: `fn line`, or `the anonymous fn`.
    public var title: String {
        name.isEmpty ? "the anonymous fn" : "fn \(name)"
    }

    /// How many arguments are required.
    var requiredCount: Int { parameters.prefix { $0.defaultValue == nil }.count }
}

/// A variable captured by a closure: shared between the defining frame and the closures.
final class Cell: @unchecked Sendable {
    @exclusivity(unchecked) var value: Value

    init(_ value: Value) {
        self.value = value
    }
}

/// The arguments of a native call, bound to the parameters in order.
public struct Arguments {
    /// One value per parameter, defaults filled in.
    public var values: [Value]
    /// Extra positional arguments of a variadic function.
    public var rest: [Value]

    public init(values: [Value], rest: [Value] = []) {
        self.values = values
        self.rest = rest
    }

    public subscript(index: Int) -> Value { values[index] }
}

/// What a native function may ask of the running program.
///
/// Everything a native function can do to the world goes through here, so the
/// language stays deterministic and free of I/O.
public protocol CallContext: AnyObject {
    /// Calls a knobs function (a learner's closure or another native).
    func call(_ function: Value, _ arguments: [Value]) throws -> Value
    /// Calls a function of one argument, without allocating (`map`, `filter`).
    func call(_ function: Value, with argument: Value) throws -> Value
    /// Writes program output (counted against the output limit).
    func write(_ text: String) throws
    /// The run's seeded random generator.
    var random: RandomGenerator { get set }
    /// Fails with a limit error if a value of this weight is too large.
    func checkWeight(_ weight: Int) throws
    /// The text of a value as `print` writes it, within the memory limit.
    func text(_ value: Value) throws -> String
    /// The text of a value with strings in quotes, within the memory limit.
    func repr(_ value: Value) throws -> String
    /// Fails with a limit error if the value is too large or nested too deeply.
    func checkSize(_ value: Value) throws
    /// Counts the work of building `cells` new cells against the limits (and checks their size).
    func chargeNew(_ cells: Int) throws
    /// Counts work done inside a native function against the step limit.
    func countSteps(_ steps: Int) throws
}
