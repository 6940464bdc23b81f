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
        /// Whether the argument can only be given by name (`axis: 1`), never by position.
        public var isKeywordOnly: Bool

        public init(name: String, defaultValue: Value? = nil, isKeywordOnly: Bool = false) {
            self.name = name
            self.defaultValue = defaultValue
            self.isKeywordOnly = isKeywordOnly
        }
    }
}
