/// One problem found in a program: what, where, and how to fix it.
///
/// Syntax errors, resolution errors and runtime errors of the learner's program
/// are all diagnostics; the front end renders them with ``DiagnosticRenderer``.
public struct Diagnostic: Error, Sendable {
    /// What kind of problem this is; it decides the exit code.
    public enum Kind: String, Sendable {
        /// The program cannot be read or resolved (exit 2).
        case syntax
        /// The program failed while running (exit 1).
        case runtime
        /// A limit on time, steps, depth, memory or output was hit (exit 3).
        case limit
        /// An `expect(...)` in a check did not hold (exit 1).
        case expectation
    }

    public var kind: Kind
    public var message: String
    /// The source the range points into, if known.
    public var source: SourceFile?
    public var range: SourceRange?
    /// A short label printed beside the caret.
    public var label: String?
    /// Advice on how to fix it.
    public var hint: String?
    /// Further lines, such as the chain of calls that led here.
    public var notes: [String]

    public init(
        _ kind: Kind, _ message: String, source: SourceFile? = nil, range: SourceRange? = nil,
        label: String? = nil, hint: String? = nil, notes: [String] = []
    ) {
        self.kind = kind
        self.message = message
        self.source = source
        self.range = range
        self.label = label
        self.hint = hint
        self.notes = notes
    }

    /// `file:line:col`, or just the file name when the position is unknown.
    public var position: String {
        guard let source else { return "<unknown>" }
        guard let range else { return source.name }
        return "\(source.name):\(source.location(of: range.start))"
    }
}

/// Several diagnostics from one run, such as every syntax error of a file.
public struct DiagnosticList: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
