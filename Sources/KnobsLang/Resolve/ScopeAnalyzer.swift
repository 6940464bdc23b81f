/// Finds every function's local variables and which of them closures capture.
///
/// Knobs follows Python's rule: a name assigned in a function is local to it,
/// unless the function declares it `global` (a top-level variable) or
/// `nonlocal` (a variable of the enclosing function). Blocks (`if`, `for`,
/// `while`) do not make scopes. Reading a name looks in the function, then in
/// the enclosing functions (a closure), then among top-level variables, then in
/// the standard library.
struct ScopeAnalyzer {
    let source: SourceFile
    /// Top-level names defined before this program (a REPL's earlier inputs).
    let knownGlobals: Set<String>
    let builtins: Set<String>
    private(set) var scopes: [ObjectIdentifier: FunctionScope] = [:]
    private(set) var globals: Set<String> = []
    private(set) var diagnostics: [Diagnostic] = []
    let top: FunctionScope

    init(source: SourceFile, knownGlobals: Set<String>, builtins: Set<String>) {
        self.source = source
        self.knownGlobals = knownGlobals
        self.builtins = builtins
        self.top = FunctionScope(node: nil, parent: nil)
    }

    /// Analyses a program; problems land in ``diagnostics``.
    mutating func analyze(_ program: [Stmt]) {
        globals = knownGlobals
        collectDeclarations(program, into: top)
        for name in top.locals { globals.insert(name) }
        declareFunctions(program, parent: top)
        var walker = ReferenceWalker(analyzer: self)
        walker.walk(program, in: top, loopDepth: 0)
        diagnostics.append(contentsOf: walker.diagnostics)
    }

    func scope(of node: FunctionNode) -> FunctionScope? {
        scopes[ObjectIdentifier(node)]
    }

    /// Where `name` lives when read or written in `scope`.
    ///
    /// Reading a variable of an enclosing function marks it captured there and
    /// gives every function in between a capture of it.
    func resolve(_ name: String, in scope: FunctionScope) -> Resolution {
        if !scope.isTopLevel, !scope.declaredGlobal.contains(name) {
            if scope.isLocal(name), !scope.declaredNonlocal.contains(name) {
                return scope.captured.contains(name) ? .cell(name) : .local(scope.register(of: name) ?? 0)
            }
            var chain = [scope]
            var outer = scope.parent
            while let enclosing = outer, !enclosing.isTopLevel {
                if enclosing.declaredGlobal.contains(name) { break }
                if enclosing.isLocal(name), !enclosing.declaredNonlocal.contains(name) {
                    enclosing.captured.insert(name)
                    for inner in chain.reversed() { _ = inner.captureSlot(name) }
                    return .capture(scope.existingCapture(name) ?? 0)
                }
                chain.append(enclosing)
                outer = enclosing.parent
            }
        }
        if globals.contains(name) { return .global(name) }
        if builtins.contains(name) { return .builtin(name) }
        return .undefined
    }

    /// Every name visible from `scope`, for "did you mean" suggestions.
    func visibleNames(from scope: FunctionScope) -> Set<String> {
        var names = globals.union(builtins)
        var current: FunctionScope? = scope
        while let s = current {
            names.formUnion(s.locals)
            current = s.parent
        }
        return names
    }

    /// The names assigned directly in these statements (not inside nested functions).
    private func collectDeclarations(_ statements: [Stmt], into scope: FunctionScope) {
        for statement in statements {
            switch statement.kind {
            case .assign(let target, _, _):
                // The variable holds its value once the whole statement has run: `x = x + 1` reads it before.
                if case .name(let name) = target.kind { declare(name, at: statement.range.end, in: scope) }
            case .function(let node):
                if let name = node.name { declare(name, at: node.range.start, in: scope) }
            case .for(let name, _, let sequence, let body):
                declare(name, at: sequence.range.end, in: scope)
                collectDeclarations(body, into: scope)
            case .if(let branches, let otherwise):
                for branch in branches { collectDeclarations(branch.body, into: scope) }
                if let otherwise { collectDeclarations(otherwise, into: scope) }
            case .while(_, let body):
                collectDeclarations(body, into: scope)
            case .global(let names):
                for (name, _) in names { scope.declaredGlobal.insert(name) }
            case .nonlocal(let names):
                for (name, _) in names { scope.declaredNonlocal.insert(name) }
            case .expression, .return, .break, .continue:
                break
            }
        }
    }

    private func declare(_ name: String, at offset: Int, in scope: FunctionScope) {
        if scope.firstAssignment[name].map({ offset < $0 }) ?? true {
            scope.firstAssignment[name] = offset
        }
        scope.addLocal(name)
    }

    /// Makes a scope for every function, parameters first, and finds top-level names that functions declare global.
    private mutating func declareFunctions(_ statements: [Stmt], parent: FunctionScope) {
        var finder = FunctionFinder()
        finder.visit(statements)
        for (node, enclosing) in finder.functions {
            let parentScope = enclosing.flatMap { scopes[ObjectIdentifier($0)] } ?? parent
            let scope = FunctionScope(node: node, parent: parentScope)
            for parameter in node.parameters {
                scope.addLocal(parameter.name)
                scope.firstAssignment[parameter.name] = -1
            }
            collectDeclarations(node.body, into: scope)
            for name in scope.declaredGlobal { globals.insert(name) }
            scopes[ObjectIdentifier(node)] = scope
        }
    }
}

/// Lists every function node with the function it is written in, outer ones first.
private struct FunctionFinder: ExpressionVisitor {
    var functions: [(FunctionNode, FunctionNode?)] = []
    var stack: [FunctionNode] = []

    mutating func visitFunction(_ node: FunctionNode) {
        functions.append((node, stack.last))
        for parameter in node.parameters {
            if let value = parameter.defaultValue { visit(value) }
        }
        stack.append(node)
        visit(node.body)
        stack.removeLast()
    }
}
