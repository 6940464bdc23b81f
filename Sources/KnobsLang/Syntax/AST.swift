/// An expression with the source range it was read from.
struct Expr: Sendable {
    var kind: ExprKind
    var range: SourceRange
}

/// The kinds of expression.
indirect enum ExprKind: Sendable {
    case number(Double)
    case string([InterpolationPart])
    case bool(Bool)
    case `nil`
    case name(String)
    case list([Expr])
    case record([RecordField])
    case unary(UnaryOperator, Expr)
    case binary(BinaryOperator, Expr, Expr)
    case logical(LogicalOperator, Expr, Expr)
    case range(Expr, Expr, inclusive: Bool)
    case call(Expr, [Argument])
    case method(Expr, name: String, nameRange: SourceRange, [Argument])
    case index(Expr, Expr)
    case field(Expr, name: String, nameRange: SourceRange)
    case function(FunctionNode)
    /// Stands in for an expression that could not be parsed; never compiled.
    case error
}

/// One part of an interpolated string.
enum InterpolationPart: Sendable {
    case text(String)
    case expr(Expr, NumberFormat?)
}

/// `name: value` in a record literal.
struct RecordField: Sendable {
    var name: String
    var nameRange: SourceRange
    var value: Expr
}

/// One argument of a call, positional or named (`lr: 0.1`).
struct Argument: Sendable {
    var label: String?
    var labelRange: SourceRange?
    var value: Expr
}

enum UnaryOperator: String, Sendable {
    case negate = "-", not = "not"
}

enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%", power = "^", matmul = "@"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case contains = "in"
}

enum LogicalOperator: String, Sendable {
    case and, or
}

/// A statement with its source range.
struct Stmt: Sendable {
    var kind: StmtKind
    var range: SourceRange
}

/// The kinds of statement.
indirect enum StmtKind: Sendable {
    case expression(Expr)
    /// `target = value`, or `target op= value` when `op` is set.
    case assign(target: Expr, op: BinaryOperator?, value: Expr)
    case function(FunctionNode)
    case `if`(branches: [(condition: Expr, body: [Stmt])], otherwise: [Stmt]?)
    case `while`(condition: Expr, body: [Stmt])
    case `for`(name: String, nameRange: SourceRange, sequence: Expr, body: [Stmt])
    case `return`(Expr?)
    case `break`
    case `continue`
    case global([(name: String, range: SourceRange)])
    case nonlocal([(name: String, range: SourceRange)])
}

/// A function, named (`fn f(x) = …`) or anonymous (`fn(x) = …`).
///
/// A class, so that scope analysis can key its findings by identity.
final class FunctionNode: Sendable {
    let name: String?
    let nameRange: SourceRange?
    let parameters: [Parameter]
    let body: [Stmt]
    let range: SourceRange

    init(name: String?, nameRange: SourceRange?, parameters: [Parameter], body: [Stmt], range: SourceRange) {
        self.name = name
        self.nameRange = nameRange
        self.parameters = parameters
        self.body = body
        self.range = range
    }
}

/// A parameter of a function, with an optional default (`lr: 0.1`).
struct Parameter: Sendable {
    var name: String
    var range: SourceRange
    var defaultValue: Expr?
}
