/// A walk over statements and expressions that calls hooks at names and functions.
///
/// Implementers override the hooks they need; by default a function's body is
/// walked like any other code.
protocol ExpressionVisitor {
    mutating func visitName(_ name: String, range: SourceRange)
    mutating func visitFunction(_ node: FunctionNode)
}

extension ExpressionVisitor {
    mutating func visitName(_ name: String, range: SourceRange) {}

    mutating func visitFunction(_ node: FunctionNode) {
        for parameter in node.parameters {
            if let value = parameter.defaultValue { visit(value) }
        }
        visit(node.body)
    }

    mutating func visit(_ statements: [Stmt]) {
        for statement in statements { visit(statement) }
    }

    mutating func visit(_ statement: Stmt) {
        switch statement.kind {
        case .expression(let e):
            visit(e)
        case .assign(let target, _, let value):
            visit(target)
            visit(value)
        case .function(let node):
            visitFunction(node)
        case .if(let branches, let otherwise):
            for branch in branches {
                visit(branch.condition)
                visit(branch.body)
            }
            if let otherwise { visit(otherwise) }
        case .while(let condition, let body):
            visit(condition)
            visit(body)
        case .for(_, _, let sequence, let body):
            visit(sequence)
            visit(body)
        case .return(let value):
            if let value { visit(value) }
        case .break, .continue, .global, .nonlocal:
            break
        }
    }

    mutating func visit(_ expr: Expr) {
        switch expr.kind {
        case .number, .bool, .nil, .error:
            break
        case .string(let parts):
            for case .expr(let e, _) in parts { visit(e) }
        case .name(let name):
            visitName(name, range: expr.range)
        case .list(let items):
            for item in items { visit(item) }
        case .record(let fields):
            for field in fields { visit(field.value) }
        case .unary(_, let operand):
            visit(operand)
        case .binary(_, let l, let r), .logical(_, let l, let r), .range(let l, let r, _), .index(let l, let r):
            visit(l)
            visit(r)
        case .call(let callee, let arguments):
            visit(callee)
            for argument in arguments { visit(argument.value) }
        case .method(let receiver, _, _, let arguments):
            visit(receiver)
            for argument in arguments { visit(argument.value) }
        case .field(let base, _, _):
            visit(base)
        case .function(let node):
            visitFunction(node)
        }
    }
}
