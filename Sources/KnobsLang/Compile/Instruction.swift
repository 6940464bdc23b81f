/// A register number within a frame.
typealias Reg = Int32

/// One bytecode instruction. Operands are register numbers unless named otherwise.
///
/// The compiler emits these; the ``VM`` runs them. Registers hold a frame's
/// locals first, then temporaries; a call's arguments sit in consecutive
/// registers that become the callee's first registers.
enum Instruction: Sendable {
    case loadConstant(Reg, constant: Int32)
    case loadNil(Reg)
    case loadBool(Reg, Bool)
    case move(Reg, Reg)

    case getGlobal(Reg, global: Int32)
    case setGlobal(global: Int32, Reg)
    case getCell(Reg, cell: Int32)
    case setCell(cell: Int32, Reg)
    case getCapture(Reg, capture: Int32)
    case setCapture(capture: Int32, Reg)
    case getBuiltin(Reg, builtin: Int32)

    case add(Reg, Reg, Reg)
    case subtract(Reg, Reg, Reg)
    case multiply(Reg, Reg, Reg)
    case divide(Reg, Reg, Reg)
    /// Any other binary operator, by its index in ``BinaryOperator/allCompiled``.
    case binary(Reg, Reg, Reg, op: Int32)
    case less(Reg, Reg, Reg)
    case lessEqual(Reg, Reg, Reg)
    /// `/ < <= > >= == !=` with a number literal on the right, from ``Proto/numbers``.
    case arithmeticWithNumber(Reg, Reg, number: Int32, BinaryOperator)
    /// `i + 1`, `n - 1`, `i * 2`, `i % 3`: the most common operators with a number
    /// literal, each its own instruction, so there is no second dispatch on the
    /// operator, and the literal inside it, so there is no load from the pool.
    case addNumber(Reg, Reg, Double)
    case subtractNumber(Reg, Reg, Double)
    case multiplyNumber(Reg, Reg, Double)
    case moduloNumber(Reg, Reg, Double)
    /// `2 * x`, `1 + x`: a number literal on the left of `+` or `*`.
    case numberWithArithmetic(Reg, number: Int32, Reg, BinaryOperator)
    /// Jumps unless the comparison of two registers holds.
    case jumpUnless(BinaryOperator, Reg, Reg, to: Int32)
    /// Jumps unless the comparison of a register with a number literal holds.
    case jumpUnlessNumber(BinaryOperator, Reg, number: Int32, to: Int32)
    /// `if n < 2`, `while i < 10`: the most common of those, without a second
    /// dispatch, the literal inside it.
    case jumpUnlessLessThanNumber(Reg, to: Int32, Double)
    /// Fails unless the local in the register has been assigned (its name in ``Proto/names``).
    case requireAssigned(Reg, name: Int32)
    case negate(Reg, Reg)
    case not(Reg, Reg)

    case jump(to: Int32)
    /// A backward jump closing a loop body: counts one step.
    case loop(to: Int32)
    /// Jumps when the register is `false`; fails unless it holds a bool.
    case jumpIfFalse(Reg, to: Int32)
    case jumpIfTrue(Reg, to: Int32)

    /// Prepares iteration over the value in `base`; `base + 1` becomes the position.
    case iterateStart(base: Reg)
    /// Puts the next item into the register, or jumps when the sequence is done.
    case iterateNext(base: Reg, Reg, done: Int32)

    /// Calls the function in the register with the arguments described by the call site.
    case call(Reg, function: Reg, site: Int32)
    /// Calls the function in a global variable: a knobs function that captures
    /// nothing runs straight from ``GlobalStorage/callees``, without a copy of
    /// the value; anything else is loaded into the function register and called as by `call`.
    case callGlobal(Reg, function: Reg, global: Int32, site: Int32)
    /// `receiver.name(args)`, as described by the method site.
    case callMethod(Reg, site: Int32)
    case `return`(Reg)
    /// `map(xs, f)` or `filter(xs, f)` of the library, by the registers of a
    /// call site: the function's register, then `xs`, `f` and the register the
    /// items are passed in. When `f` is a knobs function of one parameter and
    /// `xs` a list, range or string, starts the loop that ``eachStep`` runs;
    /// else calls the library function as `call` would and skips `eachStep`.
    case eachStart(Reg, function: Reg, site: Int32, EachLoop)
    /// Takes the result of the previous item, then calls `f` on the next item
    /// (the call returns to this instruction) or, after the last, puts the new list into the register.
    case eachStep(Reg, function: Reg, site: Int32, EachLoop)

    case closure(Reg, proto: Int32)
    case makeList(Reg, first: Reg, count: Int32)
    case makeRecord(Reg, first: Reg, shape: Int32)
    case makeRange(Reg, Reg, Reg)
    case makeClosedRange(Reg, Reg, Reg)
    case interpolate(Reg, first: Reg, count: Int32)
    case format(Reg, Reg, format: Int32)

    case getIndex(Reg, Reg, Reg)
    /// `place[index] = value`, changing the variable in place.
    case setIndex(place: Int32, index: Reg, value: Reg)
    case getField(Reg, Reg, name: Int32)
    /// `place.name = value`, changing the variable in place.
    case setField(place: Int32, name: Int32, value: Reg)
}

extension BinaryOperator {
    /// Whether the operator can be fused with a number literal into one instruction.
    var fusesWithNumber: Bool {
        switch self {
        case .add, .subtract, .multiply, .divide, .modulo, .less, .lessEqual, .greater, .greaterEqual, .equal, .notEqual: return true
        default: return false
        }
    }

    /// Whether the operator compares, so it can be fused with a conditional jump.
    var isComparison: Bool {
        switch self {
        case .less, .lessEqual, .greater, .greaterEqual, .equal, .notEqual: return true
        default: return false
        }
    }

    /// A comparison applied to two numbers.
    @inline(__always)
    func holds(_ x: Double, _ y: Double) -> Bool {
        switch self {
        case .less: return x < y
        case .lessEqual: return x <= y
        case .greater: return x > y
        case .greaterEqual: return x >= y
        case .equal: return x == y
        case .notEqual: return x != y
        default: return false
        }
    }
}

extension BinaryOperator {
    /// The operators compiled through `.binary`, in a fixed order.
    static let allCompiled: [BinaryOperator] = [.modulo, .power, .matmul, .equal, .notEqual, .greater, .greaterEqual, .contains]
}
