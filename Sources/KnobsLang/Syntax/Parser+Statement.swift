extension Parser {
    mutating func parseStatement() throws -> Stmt {
        let start = current.range
        switch current.kind {
        case .keyword(.fn) where isIdentifier(peek()):
            let node = try parseFunction()
            return Stmt(kind: .function(node), range: node.range)
        case .keyword(.if):
            return try parseIf()
        case .keyword(.while):
            advance()
            let condition = try parseExpression()
            let body = try parseBlock(after: "the condition of 'while'")
            return Stmt(kind: .while(condition: condition, body: body), range: start.union(previousRange))
        case .keyword(.for):
            return try parseFor()
        case .keyword(.return):
            advance()
            if check(.newline) || check(.symbol(.semicolon)) || check(.symbol(.rightBrace)) || check(.end) {
                return Stmt(kind: .return(nil), range: start)
            }
            let value = try parseExpression()
            return Stmt(kind: .return(value), range: start.union(value.range))
        case .keyword(.break):
            advance()
            return Stmt(kind: .break, range: start)
        case .keyword(.continue):
            advance()
            return Stmt(kind: .continue, range: start)
        case .keyword(.global), .keyword(.nonlocal):
            let isGlobal = current.kind == .keyword(.global)
            advance()
            var names: [(name: String, range: SourceRange)] = []
            repeat {
                let (name, range) = try expectIdentifier("a variable name")
                names.append((name, range))
            } while match(.symbol(.comma))
            return Stmt(kind: isGlobal ? .global(names) : .nonlocal(names), range: start.union(previousRange))
        case .keyword(.else):
            throw failure("'else' without an 'if' before it", at: start, hint: "'else' follows the '}' of an 'if' block")
        case .identifier(let word) where Parser.foreignKeywords[word] != nil && !isAssignment(peek()) && peek().kind != .newline && peek().kind != .end:
            throw failure("knobs has no '\(word)'", at: start, hint: Parser.foreignKeywords[word])
        default:
            return try parseExpressionStatement()
        }
    }

    private mutating func parseExpressionStatement() throws -> Stmt {
        let target = try parseExpression()
        if case .symbol(let symbol) = current.kind, symbol == .equal || Self.compound(symbol) != nil {
            let operatorToken = advance()
            try checkAssignable(target, operatorRange: operatorToken.range)
            let value = try parseExpression()
            return Stmt(kind: .assign(target: target, op: Self.compound(symbol), value: value), range: target.range.union(value.range))
        }
        return Stmt(kind: .expression(target), range: target.range)
    }

    /// The operator of a compound assignment (`+=`), nil for any other symbol.
    private static func compound(_ symbol: Symbol) -> BinaryOperator? {
        switch symbol {
        case .plusEqual: .add
        case .minusEqual: .subtract
        case .starEqual: .multiply
        case .slashEqual: .divide
        default: nil
        }
    }

    private func checkAssignable(_ target: Expr, operatorRange: SourceRange) throws {
        switch target.kind {
        case .name, .index, .field:
            return
        case .call:
            throw failure("cannot assign to a function call", at: target.range, hint: "to define a function, write: fn name(x) = ...")
        case .binary(.equal, _, _):
            throw failure("cannot assign to a comparison", at: target.range)
        default:
            throw failure("cannot assign to this expression", at: target.range, hint: "the left of '=' must be a name, an element xs[i] or a field r.name; to compare, use '=='")
        }
    }

    /// `fn name(params) = expr` or `fn name(params) { ... }`; also anonymous `fn(params) ...`.
    mutating func parseFunction() throws -> FunctionNode {
        let start = advance().range  // 'fn'
        var name: String?
        var nameRange: SourceRange?
        if isIdentifier(current) {
            let (n, r) = try expectIdentifier("a function name")
            name = n
            nameRange = r
        }
        try expect(.leftParen, "'(' and the parameters", hint: "write fn name(x, y) = x + y")
        var parameters: [Parameter] = []
        var seen = Set<String>()
        skipNewlines()
        while !check(.symbol(.rightParen)) {
            let (pname, prange) = try expectIdentifier("a parameter name")
            if seen.contains(pname) {
                throw failure("parameter '\(pname)' appears twice", at: prange)
            }
            seen.insert(pname)
            var defaultValue: Expr?
            if match(.symbol(.colon)) || match(.symbol(.equal)) {
                defaultValue = try parseExpression()
            } else if parameters.last?.defaultValue != nil {
                throw failure("parameter '\(pname)' needs a default value, since the one before it has one", at: prange, hint: "write \(pname): value, or move it before the parameters with defaults")
            }
            parameters.append(Parameter(name: pname, range: prange, defaultValue: defaultValue))
            skipNewlines()
            if !match(.symbol(.comma)) { break }
            skipNewlines()
        }
        try expect(.rightParen, "',' or ')' after the parameters")
        if match(.symbol(.equal)) {
            let value = try parseExpression()
            let body = [Stmt(kind: .return(value), range: value.range)]
            return FunctionNode(name: name, nameRange: nameRange, parameters: parameters, body: body, range: start.union(value.range))
        }
        guard check(.symbol(.leftBrace)) else {
            if check(.newline) {
                let here = current.range
                skipDetachedBlock()
                throw failure("expected '=' or '{' for the body of the function on the same line", at: here, label: "'{' must be here",
                              hint: "knobs wants the '{' that opens a body on the line of its fn")
            }
            throw error(expected: "'=' or '{' for the body of the function", hint: "write fn f(x) = x * x, or fn f(x) { return x * x }")
        }
        let body = try parseBlock(after: "the parameters")
        return FunctionNode(name: name, nameRange: nameRange, parameters: parameters, body: body, range: start.union(previousRange))
    }

    private mutating func parseIf() throws -> Stmt {
        let start = advance().range  // 'if'
        var branches: [(condition: Expr, body: [Stmt])] = []
        var otherwise: [Stmt]?
        let condition = try parseExpression()
        branches.append((condition, try parseBlock(after: "the condition of 'if'")))
        while elseFollows() {
            skipNewlines()
            advance()  // 'else'
            if match(.keyword(.if)) {
                let c = try parseExpression()
                branches.append((c, try parseBlock(after: "the condition of 'else if'")))
            } else {
                otherwise = try parseBlock(after: "'else'")
                break
            }
        }
        return Stmt(kind: .if(branches: branches, otherwise: otherwise), range: start.union(previousRange))
    }

    /// True when the next token, perhaps after newlines, is `else`.
    private func elseFollows() -> Bool {
        var offset = 0
        while peek(offset).kind == .newline { offset += 1 }
        return peek(offset).kind == .keyword(.else)
    }

    private mutating func parseFor() throws -> Stmt {
        let start = advance().range  // 'for'
        let (name, nameRange) = try expectIdentifier("a loop variable name")
        guard match(.keyword(.in)) else {
            throw error(expected: "'in'", hint: "write for x in xs { ... } or for i in 0..<n { ... }")
        }
        let sequence = try parseExpression()
        let body = try parseBlock(after: "the sequence of 'for'")
        return Stmt(kind: .for(name: name, nameRange: nameRange, sequence: sequence, body: body), range: start.union(previousRange))
    }

    /// `{ statements }`; errors inside are recorded and skipped.
    mutating func parseBlock(after what: String) throws -> [Stmt] {
        guard check(.symbol(.leftBrace)) else {
            if check(.symbol(.equal)) {
                throw failure("'=' assigns; to compare, use '=='", at: current.range, label: "did you mean '=='?")
            }
            if check(.symbol(.colon)) {
                throw failure("knobs blocks use braces, not ':'", at: current.range, hint: "write the block as { ... } on the same line")
            }
            if check(.newline) {
                let here = current.range
                skipDetachedBlock()
                throw failure("expected '{' after \(what) on the same line", at: here, label: "'{' must be here", hint: "knobs wants the '{' that opens a block on the line of its statement")
            }
            throw error(expected: "'{' after \(what)", hint: "blocks are written in braces: \(blockExample(what))")
        }
        let open = advance().range
        try enter(open)
        defer { leave() }
        var statements: [Stmt] = []
        skipTerminators()
        while !check(.symbol(.rightBrace)) {
            if check(.end) {
                throw failure("this '{' is never closed", at: open, label: "opened here", hint: "add '}' at the end of the block")
            }
            let before = position
            if let statement = parseStatementRecovering() {
                statements.append(statement)
            }
            if position == before, !check(.end), !check(.symbol(.rightBrace)) { advance() }
            skipTerminators()
        }
        advance()
        return statements
    }

    /// After a block that opens on the next line: skips that block, so it is not read as a record.
    private mutating func skipDetachedBlock() {
        var offset = 0
        while peek(offset).kind == .newline { offset += 1 }
        guard peek(offset).kind == .symbol(.leftBrace) else { return }
        for _ in 0..<offset { advance() }
        var depth = 0
        repeat {
            if check(.symbol(.leftBrace)) { depth += 1 }
            if check(.symbol(.rightBrace)) { depth -= 1 }
            advance()
        } while depth > 0 && !check(.end)
    }

    /// Words of other languages that start a statement, with the knobs way.
    static let foreignKeywords: [String: String] = [
        "def": "functions are written fn f(x) = x * 2, or fn f(x) { ... }",
        "function": "functions are written fn f(x) = x * 2, or fn f(x) { ... }",
        "func": "functions are written fn f(x) = x * 2, or fn f(x) { ... }",
        "elif": "write else if",
        "let": "a variable needs no declaration: write x = 1",
        "var": "a variable needs no declaration: write x = 1",
        "const": "a variable needs no declaration: write x = 1",
        "lambda": "write an anonymous function as fn(x) = x * 2",
    ]

    private func isAssignment(_ token: Token) -> Bool {
        if case .symbol(let s) = token.kind { return [.equal, .plusEqual, .minusEqual, .starEqual, .slashEqual].contains(s) }
        return false
    }

    private func blockExample(_ what: String) -> String {
        if what.contains("while") { return "while x > 0 { ... }" }
        if what.contains("for") { return "for x in xs { ... }" }
        if what.contains("parameters") { return "fn f(x) { ... }" }
        return "if x > 0 { ... }"
    }

    var previousToken: TokenKind {
        tokens[max(0, position - 1)].kind
    }

    var previousRange: SourceRange {
        tokens[max(0, position - 1)].range
    }

    func isIdentifier(_ token: Token) -> Bool {
        if case .identifier = token.kind { return true }
        return false
    }
}
