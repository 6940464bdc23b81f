extension Parser {
    /// An expression. Nesting is counted where it happens (brackets, unary
    /// operators, powers, and each link of an operator chain, which deepens
    /// the tree by one), so the limit bounds the depth of the whole tree that
    /// the later passes walk.
    mutating func parseExpression() throws -> Expr {
        try parseOr()
    }

    private mutating func parseOr() throws -> Expr {
        var left = try parseAnd()
        var links = 0
        defer { depth -= links }
        while check(.keyword(.or)) {
            try enter(advance().range)
            links += 1
            let right = try parseAnd()
            left = Expr(kind: .logical(.or, left, right), range: left.range.union(right.range))
        }
        return left
    }

    private mutating func parseAnd() throws -> Expr {
        var left = try parseNot()
        var links = 0
        defer { depth -= links }
        while check(.keyword(.and)) {
            try enter(advance().range)
            links += 1
            let right = try parseNot()
            left = Expr(kind: .logical(.and, left, right), range: left.range.union(right.range))
        }
        return left
    }

    private mutating func parseNot() throws -> Expr {
        if check(.keyword(.not)) {
            let start = advance().range
            try enter(start)
            defer { leave() }
            let operand = try parseNot()
            return Expr(kind: .unary(.not, operand), range: start.union(operand.range))
        }
        return try parseComparison()
    }

    private mutating func parseComparison() throws -> Expr {
        let left = try parseRange()
        guard let op = comparisonOperator() else { return left }
        advance()
        let right = try parseRange()
        if let again = comparisonOperator() {
            throw failure("comparisons cannot be chained", at: current.range, label: "second '\(again.rawValue)'", hint: "write a < b and b < c")
        }
        return Expr(kind: .binary(op, left, right), range: left.range.union(right.range))
    }

    private func comparisonOperator() -> BinaryOperator? {
        switch current.kind {
        case .symbol(.equalEqual): return .equal
        case .symbol(.bangEqual): return .notEqual
        case .symbol(.less): return .less
        case .symbol(.lessEqual): return .lessEqual
        case .symbol(.greater): return .greater
        case .symbol(.greaterEqual): return .greaterEqual
        case .keyword(.in): return .contains
        default: return nil
        }
    }

    private mutating func parseRange() throws -> Expr {
        let left = try parseAdditive()
        if check(.symbol(.halfOpenRange)) || check(.symbol(.closedRange)) {
            let inclusive = advance().kind == .symbol(.closedRange)
            let right = try parseAdditive()
            return Expr(kind: .range(left, right, inclusive: inclusive), range: left.range.union(right.range))
        }
        if case .symbol(.dot) = current.kind, case .symbol(.dot) = peek().kind {
            throw failure("'..' is not an operator", at: current.range.union(peek().range), hint: "write 0..<n for 0 up to n-1, or 1...n for 1 up to n")
        }
        return left
    }

    private mutating func parseAdditive() throws -> Expr {
        try parseLeftAssociative(Self.additive) { try $0.parseMultiplicative() }
    }

    private mutating func parseMultiplicative() throws -> Expr {
        try parseLeftAssociative(Self.multiplicative) { try $0.parseUnary() }
    }

    // The operators of a level as a switch, not a dictionary literal: the literal was built at every
    // call, and the first one cost a start-up a search of the Swift runtime's protocol conformances.
    private static func additive(_ symbol: Symbol) -> BinaryOperator? {
        switch symbol {
        case .plus: .add
        case .minus: .subtract
        default: nil
        }
    }

    private static func multiplicative(_ symbol: Symbol) -> BinaryOperator? {
        switch symbol {
        case .star: .multiply
        case .slash: .divide
        case .percent: .modulo
        case .at: .matmul
        default: nil
        }
    }

    /// `operand (op operand)*`, grouped to the left. Every operator adds a level
    /// to the tree the compiler walks, so each counts against the nesting limit.
    private mutating func parseLeftAssociative(
        _ operators: (Symbol) -> BinaryOperator?, operand: (inout Parser) throws -> Expr
    ) throws -> Expr {
        var left = try operand(&self)
        var links = 0
        defer { depth -= links }
        while case .symbol(let symbol) = current.kind, let op = operators(symbol) {
            try enter(advance().range)
            links += 1
            let right = try operand(&self)
            left = Expr(kind: .binary(op, left, right), range: left.range.union(right.range))
        }
        return left
    }

    private mutating func parseUnary() throws -> Expr {
        if check(.symbol(.minus)) {
            let start = advance().range
            try enter(start)
            defer { leave() }
            let operand = try parseUnary()
            if case .number(let n) = operand.kind {
                return Expr(kind: .number(-n), range: start.union(operand.range))
            }
            return Expr(kind: .unary(.negate, operand), range: start.union(operand.range))
        }
        if check(.symbol(.plus)) {
            if previousToken == .symbol(.plus) {
                throw failure("knobs has no '++'", at: previousRange.union(current.range), hint: "write x += 1")
            }
            throw failure("unary '+' is not needed", at: current.range, hint: "write the number without '+'")
        }
        return try parsePower()
    }

    /// `base ^ exponent`, right-associative and tighter than unary minus: `-2^2` is -4.
    private mutating func parsePower() throws -> Expr {
        let base = try parsePostfix()
        guard check(.symbol(.caret)) else { return base }
        advance()
        try enter(base.range)
        defer { leave() }
        let exponent = try parseUnary()
        return Expr(kind: .binary(.power, base, exponent), range: base.range.union(exponent.range))
    }

    private mutating func parsePostfix() throws -> Expr {
        var expr = try parsePrimary()
        var links = 0
        defer { depth -= links }
        while true {
            switch current.kind {
            case .symbol(.leftParen), .symbol(.leftBracket), .symbol(.dot):
                // Each call, index or field nests the tree one level deeper.
                try enter(current.range)
                links += 1
            default:
                break
            }
            switch current.kind {
            case .symbol(.leftParen):
                let arguments = try parseArguments()
                expr = Expr(kind: .call(expr, arguments), range: expr.range.union(previousRange))
            case .symbol(.leftBracket):
                let open = advance().range
                try enter(open)
                defer { leave() }
                let index = try parseExpression()
                try close(.rightBracket, opened: open, "']' to close the index")
                expr = Expr(kind: .index(expr, index), range: expr.range.union(previousRange))
            case .symbol(.dot):
                if case .symbol(.dot) = peek().kind {
                    throw failure("'..' is not an operator", at: current.range.union(peek().range), hint: "write 0..<n for 0 up to n-1, or 1...n for 1 up to n")
                }
                advance()
                let (name, nameRange) = try expectIdentifier("a property or method name after '.'")
                if check(.symbol(.leftParen)) {
                    let arguments = try parseArguments()
                    expr = Expr(kind: .method(expr, name: name, nameRange: nameRange, arguments), range: expr.range.union(previousRange))
                } else {
                    expr = Expr(kind: .field(expr, name: name, nameRange: nameRange), range: expr.range.union(nameRange))
                }
            default:
                return expr
            }
        }
    }

    /// `( a, b, name: c )`, allowing newlines between arguments.
    private mutating func parseArguments() throws -> [Argument] {
        let open = advance().range
        try enter(open)
        defer { leave() }
        var arguments: [Argument] = []
        var named = false
        while !check(.symbol(.rightParen)) {
            if case .identifier(let label) = current.kind, case .symbol(.colon) = peek().kind {
                let labelRange = advance().range
                advance()
                if arguments.contains(where: { $0.label == label }) {
                    throw failure("argument '\(label)' is given twice", at: labelRange)
                }
                let value = try parseExpression()
                arguments.append(Argument(label: label, labelRange: labelRange, value: value))
                named = true
            } else {
                let value = try parseExpression()
                if named {
                    throw failure("a positional argument cannot follow a named one", at: value.range, hint: "put positional arguments first: f(x, lr: 0.1)")
                }
                if check(.symbol(.equal)), case .name(let n) = value.kind {
                    throw failure("named arguments use ':' in knobs", at: current.range, hint: "write \(n): value")
                }
                arguments.append(Argument(label: nil, labelRange: nil, value: value))
            }
            if !match(.symbol(.comma)) { break }
        }
        try close(.rightParen, opened: open, "',' or ')' in the argument list", hint: "did you forget a ',' between arguments or a closing ')'?")
        return arguments
    }

    private mutating func parsePrimary() throws -> Expr {
        let token = current
        switch token.kind {
        case .number(let value):
            advance()
            return Expr(kind: .number(value), range: token.range)
        case .string(let parts):
            advance()
            return Expr(kind: .string(try interpolation(parts)), range: token.range)
        case .keyword(.true), .keyword(.false):
            advance()
            return Expr(kind: .bool(token.kind == .keyword(.true)), range: token.range)
        case .keyword(.nil):
            advance()
            return Expr(kind: .nil, range: token.range)
        case .identifier(let name):
            advance()
            return Expr(kind: .name(name), range: token.range)
        case .keyword(.fn):
            let node = try parseFunction()
            return Expr(kind: .function(node), range: node.range)
        case .symbol(.leftParen):
            advance()
            try enter(token.range)
            defer { leave() }
            let inner = try parseExpression()
            try close(.rightParen, opened: token.range, "')'", hint: "every '(' needs a matching ')'")
            return Expr(kind: inner.kind, range: token.range.union(previousRange))
        case .symbol(.leftBracket):
            return try parseList()
        case .symbol(.leftBrace):
            return try parseRecord()
        case .symbol(.equal):
            throw failure("expected an expression, found '='", at: token.range, hint: "to compare two values, use '=='")
        case .symbol(.slash) where previousToken == .symbol(.slash):
            throw failure("knobs has no '//'", at: previousRange.union(token.range), hint: "for whole-number division write floor(a / b); comments start with #")
        case .symbol(.star) where previousToken == .symbol(.star):
            throw failure("knobs has no '**'", at: previousRange.union(token.range), hint: "'^' raises to a power: 2 ^ 3")
        case .newline:
            throw failure("expected an expression, found the end of the line", at: token.range, label: "expression missing",
                          hint: "to continue an expression on the next line, wrap it in ( ) or end the line with \\")
        case .end:
            throw failure("expected an expression, found \(endSpelling)", at: token.range, label: endSpelling == "'}'" ? "expected an expression" : "expression missing")
        default:
            throw error(expected: "an expression")
        }
    }

    private mutating func parseList() throws -> Expr {
        let open = advance().range
        try enter(open)
        defer { leave() }
        var items: [Expr] = []
        while !check(.symbol(.rightBracket)) {
            items.append(try parseExpression())
            if !match(.symbol(.comma)) { break }
        }
        try close(.rightBracket, opened: open, "',' or ']' in the list", hint: "did you forget a ',' between items or a closing ']'?")
        return Expr(kind: .list(items), range: open.union(previousRange))
    }

    private mutating func parseRecord() throws -> Expr {
        let open = advance().range
        try enter(open)
        defer { leave() }
        var fields: [RecordField] = []
        skipNewlines()
        while !check(.symbol(.rightBrace)) {
            if case .string = current.kind {
                throw failure("field names are written without quotes", at: current.range, hint: "write {lr: 0.1}; r[\"lr\"] reads a field by a name in quotes")
            }
            let (name, nameRange) = try expectIdentifier("a field name, as in {lr: 0.1}")
            if fields.contains(where: { $0.name == name }) {
                throw failure("field '\(name)' appears twice", at: nameRange)
            }
            try expect(.colon, "':' after the field name", hint: "records are written {name: value, other: value}")
            skipNewlines()
            let value = try parseExpression()
            fields.append(RecordField(name: name, nameRange: nameRange, value: value))
            skipNewlines()
            if !match(.symbol(.comma)) { break }
            skipNewlines()
        }
        try close(.rightBrace, opened: open, "',' or '}' in the record")
        return Expr(kind: .record(fields), range: open.union(previousRange))
    }

    /// Parses the `{expr}` parts of a string with a parser of their own.
    private mutating func interpolation(_ parts: [StringPart]) throws -> [InterpolationPart] {
        var result: [InterpolationPart] = []
        for part in parts {
            switch part {
            case .text(let text):
                result.append(.text(text))
            case .invalidFormat:
                continue  // reported by the lexer
            case .code(let range, let format):
                var inner = Parser(source: source, range: range)
                inner.depth = depth
                inner.endSpelling = "'}'"
                if inner.check(.end) {
                    throw failure("empty '{}' in a string", at: SourceRange(range.start - 1, range.end + 1), hint: "put an expression inside, as in \"{x}\", or write \\{ for a brace")
                }
                let expr = try inner.parseExpression()
                if let first = inner.diagnostics.first { throw ParseFailure(diagnostic: first) }
                if !inner.check(.end) {
                    throw inner.error(expected: "'}' to end the interpolated expression")
                }
                result.append(.expr(expr, format))
            }
        }
        return result
    }
}
