/// A value of the knobs language.
///
/// Numbers, booleans and `nil` are stored inline; strings are Swift strings;
/// lists and records have value semantics (assigning copies, lazily); ranges
/// are lazy. Functions, and every richer thing the engine or a plugin provides
/// (tensors, models, optimizers, data sets), are reference types: functions as
/// ``Function``, the rest as a ``KnobsObject`` with properties and methods.
public enum Value: Sendable {
    case `nil`
    case bool(Bool)
    case number(Double)
    case string(String)
    case list(ListValue)
    case record(RecordValue)
    /// The whole numbers from `lower` up to but not including `upper`.
    case range(lower: Double, upper: Double)
    case function(Function)
    case object(any KnobsObject)

    /// The name of the value's type, as error messages say it: "a number", "a list".
    public var typeName: String {
        switch self {
        case .nil: return "nil"
        case .bool: return "bool"
        case .number: return "number"
        case .string: return "string"
        case .list: return "list"
        case .record: return "record"
        case .range: return "range"
        case .function: return "function"
        case .object(let object): return object.typeName
        }
    }

    /// The type name with an article: "a number", "an optimizer", "nil".
    public var describedType: String {
        if case .nil = self { return "nil" }
        let name = typeName
        let vowel = name.first.map { "aeiou".contains($0) } ?? false
        return (vowel ? "an " : "a ") + name
    }
}

/// Something the engine or a plugin adds to the language: a tensor, a model, an optimizer.
///
/// The language reaches it only through this protocol, so new kinds of value
/// need no change to the evaluator.
public protocol KnobsObject: AnyObject, Sendable {
    /// The type's name as the learner sees it (`tensor`, `optimizer`).
    var typeName: String { get }
    /// `obj.name`; nil when there is no such property.
    func property(_ name: String) throws -> Value?
    /// `obj.name = value`; return false when the property cannot be set.
    func setProperty(_ name: String, to value: Value) throws -> Bool
    /// `obj.name(args)`; nil when there is no such method.
    func callMethod(_ name: String, _ arguments: Arguments, context: CallContext) throws -> Value?
    /// `obj[index]`; nil when the object cannot be indexed.
    func element(at index: Value) throws -> Value?
    /// `obj[index] = value`; return false when unsupported.
    func setElement(at index: Value, to value: Value) throws -> Bool
    /// The items of `for x in obj`; nil when the object cannot be looped over.
    func elements() throws -> [Value]?
    /// `obj op other` or `other op obj` (`isLeft` tells which side `self` is on); nil when unsupported.
    func binary(_ op: BinaryOperatorName, _ other: Value, isLeft: Bool) throws -> Value?
    /// The names of the properties and methods, for completion and error hints.
    var memberNames: [String] { get }
    /// How the value prints.
    var description: String { get }
    /// Approximate size in elements, charged against the memory limit.
    var weight: Int { get }
    /// The number this object stands for, where a number is expected (a 0-d tensor); nil if none.
    var numberValue: Double? { get }
    /// `-obj`; nil to fall back to `obj * -1`.
    func negated() throws -> Value?
    /// `obj(args)`; nil when the object cannot be called.
    func call(_ arguments: [Value], context: CallContext) throws -> Value?
    /// `obj == other`; identity unless the object compares by value.
    func isEqual(to other: Value) -> Bool
}

extension KnobsObject {
    public func property(_ name: String) throws -> Value? { nil }
    public func setProperty(_ name: String, to value: Value) throws -> Bool { false }
    public func callMethod(_ name: String, _ arguments: Arguments, context: CallContext) throws -> Value? { nil }
    public func element(at index: Value) throws -> Value? { nil }
    public func setElement(at index: Value, to value: Value) throws -> Bool { false }
    public func elements() throws -> [Value]? { nil }
    public func binary(_ op: BinaryOperatorName, _ other: Value, isLeft: Bool) throws -> Value? { nil }
    public var memberNames: [String] { [] }
    public var weight: Int { 1 }
    public var numberValue: Double? { nil }
    public func negated() throws -> Value? { nil }
    public func call(_ arguments: [Value], context: CallContext) throws -> Value? { nil }
    public func isEqual(to other: Value) -> Bool {
        if case .object(let o) = other { return o === self }
        return false
    }
}

/// The operators an object may implement, by their spelling in the language.
public enum BinaryOperatorName: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%", power = "^", matmul = "@"
    case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
}
