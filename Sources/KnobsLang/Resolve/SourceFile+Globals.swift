extension SourceFile {
    /// The top-level variables each of `sources` would assign or define, found without running
    /// them: `x = …`, `fn f(…)`, a top-level `for` loop's variable, and names a function declares
    /// `global`. A source that does not parse gives the empty set.
    ///
    /// The scope analysis that a run does first, and nothing more; all of `sources` are read on
    /// one thread with a large stack, as ``syntaxDiagnostics(of:)`` reads them. A grader asks
    /// it which names an exercise is meant to define.
    ///
    /// ```swift
    /// SourceFile.assignedGlobals(of: [SourceFile(name: "e", text: "fn sq(x) = x * x\nn = sq(3)")])  // [["sq", "n"]]
    /// ```
    public static func assignedGlobals(of sources: [SourceFile]) -> [Set<String>] {
        var names: [Set<String>] = []
        BigStackJob {
            names = sources.map { source in
                let parsed = Parser.parse(source)
                guard parsed.diagnostics.isEmpty else { return [] }
                var analyzer = ScopeAnalyzer(source: source, knownGlobals: [], builtins: [])
                analyzer.analyze(parsed.statements)
                return analyzer.globals
            }
        }.runAndWait(stackSize: Interpreter.stackSize)
        return names
    }
}
