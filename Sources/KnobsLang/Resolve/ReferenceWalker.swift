/// Checks every use of a name against the scopes: undefined names, locals read
/// before they are assigned, misplaced `return`, `break` and declarations.
struct ReferenceWalker {
    let analyzer: ScopeAnalyzer
    private(set) var diagnostics: [Diagnostic] = []

    init(analyzer: ScopeAnalyzer) {
        self.analyzer = analyzer
    }

    mutating func walk(_ statements: [Stmt], in scope: FunctionScope, loopDepth: Int) {
        for statement in statements { walk(statement, in: scope, loopDepth: loopDepth) }
    }

    private mutating func walk(_ statement: Stmt, in scope: FunctionScope, loopDepth: Int) {
        switch statement.kind {
        case .expression(let e):
            check(e, in: scope, loopDepth: loopDepth)
        case .assign(let target, let op, let value):
            check(value, in: scope, loopDepth: loopDepth)
            switch target.kind {
            case .name(let name):
                if op != nil { read(name, at: target.range, in: scope, loopDepth: loopDepth) }
                _ = analyzer.resolve(name, in: scope)
            default:
                check(target, in: scope, loopDepth: loopDepth)
            }
        case .function(let node):
            if let name = node.name { _ = analyzer.resolve(name, in: scope) }
            walkFunction(node, in: scope, loopDepth: loopDepth)
        case .if(let branches, let otherwise):
            for branch in branches {
                check(branch.condition, in: scope, loopDepth: loopDepth)
                walk(branch.body, in: scope, loopDepth: loopDepth)
            }
            if let otherwise { walk(otherwise, in: scope, loopDepth: loopDepth) }
        case .while(let condition, let body):
            check(condition, in: scope, loopDepth: loopDepth + 1)
            walk(body, in: scope, loopDepth: loopDepth + 1)
        case .for(let name, _, let sequence, let body):
            _ = analyzer.resolve(name, in: scope)
            check(sequence, in: scope, loopDepth: loopDepth)
            walk(body, in: scope, loopDepth: loopDepth + 1)
        case .return(let value):
            if scope.isTopLevel {
                report("'return' outside a function", at: statement.range, hint: "'return' ends a function; at the top level there is nothing to return from")
            }
            if let value { check(value, in: scope, loopDepth: loopDepth) }
        case .break, .continue:
            if loopDepth == 0 {
                let word = statement.kind.isBreak ? "break" : "continue"
                report("'\(word)' outside a loop", at: statement.range, hint: "'\(word)' works inside 'for' and 'while' only")
            }
        case .global(let names):
            if scope.isTopLevel, let first = names.first {
                report("'global' is only needed inside a function", at: first.range, hint: "at the top level every variable is already global")
            }
            for (name, range) in names where !scope.isTopLevel {
                if scope.node?.parameters.contains(where: { $0.name == name }) == true {
                    report("'\(name)' is a parameter, so it cannot also be global", at: range, hint: "rename the parameter or the top-level variable")
                } else if let first = scope.firstAssignment[name], first <= statement.range.start {
                    report("'\(name)' is assigned before its 'global' declaration", at: range, hint: "put 'global \(name)' at the start of the function")
                }
            }
        case .nonlocal(let names):
            for (name, range) in names {
                if scope.isTopLevel || !enclosingFunctionDefines(name, scope) {
                    report("no enclosing function has a variable '\(name)'", at: range, hint: "'nonlocal' names a variable of the function this one is written in; for a top-level variable, use 'global'")
                }
            }
        }
    }

    private mutating func walkFunction(_ node: FunctionNode, in scope: FunctionScope, loopDepth: Int) {
        for parameter in node.parameters {
            if let value = parameter.defaultValue { check(value, in: scope, loopDepth: loopDepth) }
        }
        guard let inner = analyzer.scope(of: node) else { return }
        walk(node.body, in: inner, loopDepth: 0)
    }

    /// The enclosing function that has `name` as a local, as messages name it.
    private func enclosingFunctionName(defining name: String, around scope: FunctionScope) -> String? {
        var outer = scope.parent
        while let s = outer, !s.isTopLevel {
            if s.isLocal(name) { return s.node?.name.map { "fn \($0)" } ?? "the enclosing fn" }
            outer = s.parent
        }
        return nil
    }

    private func enclosingFunctionDefines(_ name: String, _ scope: FunctionScope) -> Bool {
        var outer = scope.parent
        while let s = outer, !s.isTopLevel {
            if s.isLocal(name) { return true }
            outer = s.parent
        }
        return false
    }

    private mutating func check(_ expr: Expr, in scope: FunctionScope, loopDepth: Int) {
        var collector = NameCollector()
        collector.visit(expr)
        for (name, range) in collector.names {
            read(name, at: range, in: scope, loopDepth: loopDepth)
        }
        for node in collector.functions {
            walkFunction(node, in: scope, loopDepth: loopDepth)
        }
    }

    private mutating func read(_ name: String, at range: SourceRange, in scope: FunctionScope, loopDepth: Int) {
        switch analyzer.resolve(name, in: scope) {
        case .undefined:
            if let instead = ReferenceWalker.otherLanguages[name] {
                report("undefined variable '\(name)'", at: range, label: instead.label, hint: instead.hint)
                return
            }
            guard diagnostics.count < Parser.maximumErrors else { return }
            let own = analyzer.visibleNames(from: scope).subtracting(analyzer.builtins)
            let suggestion = Suggestions.closest(to: name, preferring: own, then: analyzer.builtins)
            report(
                "undefined variable '\(name)'", at: range,
                label: suggestion.map { "did you mean '\($0)'?" },
                hint: suggestion == nil ? "give it a value first, as in \(name) = 0" : nil)
        case .local:
            if !scope.isTopLevel, loopDepth == 0, let first = scope.firstAssignment[name], range.start < first {
                let function = scope.node?.name.map { "fn \($0)" } ?? "this function"
                let hint: String
                if let outer = enclosingFunctionName(defining: name, around: scope) {
                    hint = "'\(name)' is assigned in \(function), so it is local there; to change the '\(name)' of \(outer), add 'nonlocal \(name)' at the start of \(function)"
                } else if analyzer.globals.contains(name) {
                    hint = "'\(name)' is assigned in \(function), so it is local there; to change the top-level '\(name)', add 'global \(name)' at the start of the function"
                } else {
                    hint = "give '\(name)' a value before using it"
                }
                report("'\(name)' is used before it is assigned", at: range, label: "read here, assigned later", hint: hint)
            }
        default:
            break
        }
    }

    /// Names from Python and other languages, with what knobs writes instead.
    static let otherLanguages: [String: (label: String, hint: String?)] = [
        "None": ("knobs writes nil", nil), "null": ("knobs writes nil", nil), "nothing": ("knobs writes nil", nil),
        "True": ("knobs writes true", nil), "False": ("knobs writes false", nil),
        "int": ("knobs has one kind of number", "floor(x) or round(x) make a whole number; number(s) reads one from text"),
        "float": ("knobs has one kind of number", "number(s) reads one from text"),
        "self": ("knobs has no classes", "keep related values in a record: r = {w: 1, b: 0}"),
    ]

    private mutating func report(_ message: String, at range: SourceRange, label: String? = nil, hint: String? = nil) {
        guard diagnostics.count < Parser.maximumErrors else { return }
        diagnostics.append(Diagnostic(.syntax, message, source: analyzer.source, range: range, label: label, hint: hint))
    }
}

/// The names read in one expression, and the functions written inside it.
private struct NameCollector: ExpressionVisitor {
    var names: [(String, SourceRange)] = []
    var functions: [FunctionNode] = []

    mutating func visitName(_ name: String, range: SourceRange) {
        names.append((name, range))
    }

    mutating func visitFunction(_ node: FunctionNode) {
        functions.append(node)
    }
}

extension StmtKind {
    var isBreak: Bool {
        if case .break = self { return true }
        return false
    }
}
