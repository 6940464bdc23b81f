/// An error from outside the language (the engine, a plugin) that knows how to read as a ``RuntimeError``.
public protocol RuntimeErrorConvertible: Error {
    var runtimeError: RuntimeError { get }
}

/// An error raised by a native function or an operation, before it has a place in the source.
///
/// The evaluator attaches the range of the call (or of the argument named by
/// ``argument``) and turns it into a ``Diagnostic``.
public struct RuntimeError: Error, Sendable {
    public var kind: Diagnostic.Kind
    public var message: String
    public var hint: String?
    /// The index of the argument at fault, to point the caret at it.
    public var argument: Int?
    /// Where in the source the error is, once the evaluator knows.
    var range: SourceRange?

    public init(_ message: String, hint: String? = nil, argument: Int? = nil, kind: Diagnostic.Kind = .runtime) {
        self.kind = kind
        self.message = message
        self.hint = hint
        self.argument = argument
    }

    /// A limit was hit: exit code 3.
    public static func limit(_ message: String, hint: String? = nil) -> RuntimeError {
        RuntimeError(message, hint: hint, kind: .limit)
    }
}
