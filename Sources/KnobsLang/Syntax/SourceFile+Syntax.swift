extension SourceFile {
    /// The syntax errors of this text as a knobs program, without running it; empty when it parses.
    ///
    /// Only the grammar is checked: whether a name has a value depends on what
    /// ran before, so a lesson checks each cell with this before any runs.
    /// The parser recurses as deep as the code nests (up to its bound), so it
    /// runs on a thread with a large stack, as ``Interpreter/run(_:echo:)``
    /// does: whatever thread calls this, deep code cannot overflow its stack.
    public func syntaxDiagnostics() -> [Diagnostic] {
        SourceFile.syntaxDiagnostics(of: [self])[0]
    }

    /// The syntax errors of each of `sources`, in order, as ``syntaxDiagnostics()`` gives them,
    /// all parsed on one thread with a large stack (a lesson's cells, say, at the cost of one thread).
    public static func syntaxDiagnostics(of sources: [SourceFile]) -> [[Diagnostic]] {
        var diagnostics: [[Diagnostic]] = []
        BigStackJob { diagnostics = sources.map { Parser.parse($0).diagnostics } }.runAndWait(stackSize: Interpreter.stackSize)
        return diagnostics
    }
}

extension SourceFile {
    /// Whether the text is one expression and nothing else (no assignment, definition or
    /// second statement): what a learner types to fill a blank, such as `3` or `3*a - b`.
    public var isSingleExpression: Bool { expressionStatements == 1 }

    /// Whether the text parses and every statement in it is an expression: it computes values
    /// (`loss_of(2, 1)`) but assigns, defines and loops over nothing at the top level.
    public var isExpressionsOnly: Bool { (expressionStatements ?? 0) > 0 }

    /// How many statements the text has when all are expressions; nil when it does not parse or one is not.
    /// Parsed on a thread with a large stack, as ``syntaxDiagnostics()`` is.
    private var expressionStatements: Int? {
        var count: Int?
        BigStackJob { [self] in
            let parsed = Parser.parse(self)
            guard parsed.diagnostics.isEmpty else { return }
            for statement in parsed.statements {
                guard case .expression = statement.kind else { return }
            }
            count = parsed.statements.count
        }.runAndWait(stackSize: Interpreter.stackSize)
        return count
    }
}
