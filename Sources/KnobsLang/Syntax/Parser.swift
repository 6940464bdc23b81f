/// Reads tokens into statements, collecting every syntax error of a program.
///
/// After an error the parser skips to the end of the statement and goes on, so
/// one run reports all the mistakes of a file. Nesting is bounded
/// (``maximumNesting``) so that no input can exhaust the native stack.
struct Parser {
    /// Deeper nesting than this is reported as an error instead of parsed.
    static let maximumNesting = 1_000
    /// A file with more syntax errors than this reports the first ones only.
    static let maximumErrors = 50

    let source: SourceFile
    var tokens: [Token]
    var position = 0
    var depth = 0
    var diagnostics: [Diagnostic] = []
    /// How the end of the tokens reads in messages: an interpolation ends at its `}`.
    var endSpelling = "the end of the input"

    init(source: SourceFile, range: SourceRange? = nil) {
        self.source = source
        var lexer = Lexer(source: source, range: range)
        self.tokens = lexer.tokenize()
    }

    /// Parses a whole program; syntax errors land in ``diagnostics``.
    static func parse(_ source: SourceFile) -> (statements: [Stmt], diagnostics: [Diagnostic]) {
        var parser = Parser(source: source)
        let statements = parser.parseProgram()
        return (statements, parser.diagnostics)
    }

    mutating func parseProgram() -> [Stmt] {
        var statements: [Stmt] = []
        skipTerminators()
        while !check(.end) {
            if check(.symbol(.rightBrace)) {
                let stray = advance()
                diagnostics.append(Diagnostic(.syntax, "unmatched '}'", source: source, range: stray.range, label: "no block to close", hint: "remove it, or add the '{' that it closes"))
                skipTerminators()
                continue
            }
            let before = position
            if let statement = parseStatementRecovering() {
                statements.append(statement)
            }
            if position == before, !check(.end), !check(.symbol(.rightBrace)) { advance() }
            skipTerminators()
        }
        return statements
    }

    /// One statement; on a syntax error, records it and skips to the next statement.
    mutating func parseStatementRecovering() -> Stmt? {
        let start = position
        do {
            let statement = try parseStatement()
            if !check(.newline), !check(.symbol(.semicolon)), !check(.end), !check(.symbol(.rightBrace)) {
                throw error(expected: "the end of the statement", hint: hintForJunk())
            }
            return statement
        } catch let failure as ParseFailure {
            diagnostics.append(failure.diagnostic)
            if diagnostics.count >= Parser.maximumErrors {
                diagnostics.append(Diagnostic(.syntax, "stopping after \(Parser.maximumErrors) errors", source: source, hint: "fix these first"))
                position = tokens.count - 1  // the end: nothing more is read
                return nil
            }
            synchronize(openBraces: unclosedBraces(from: start))
            return nil
        } catch {
            return nil
        }
    }

    // MARK: token helpers

    var current: Token { tokens[position] }

    func peek(_ offset: Int = 1) -> Token {
        tokens[min(position + offset, tokens.count - 1)]
    }

    func check(_ kind: TokenKind) -> Bool {
        if case .number = kind, case .number = current.kind { return true }
        return current.kind == kind
    }

    @discardableResult
    mutating func advance() -> Token {
        let token = current
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    mutating func match(_ kind: TokenKind) -> Bool {
        guard check(kind) else { return false }
        advance()
        return true
    }

    @discardableResult
    mutating func expect(_ symbol: Symbol, _ what: String, hint: String? = nil) throws -> Token {
        guard check(.symbol(symbol)) else { throw error(expected: what, hint: hint) }
        return advance()
    }

    /// Expects the bracket that closes `opened`; at the end of the input, points at the opening one.
    mutating func close(_ symbol: Symbol, opened: SourceRange, _ what: String, hint: String? = nil) throws {
        if check(.end) {
            throw failure("this '\(source.slice(opened).prefix(1))' is never closed", at: SourceRange(opened.start, opened.start + 1), label: "opened here",
                          hint: "add '\(symbol.rawValue)' where it ends")
        }
        try expect(symbol, what, hint: hint)
    }

    mutating func expectIdentifier(_ what: String) throws -> (String, SourceRange) {
        guard case .identifier(let name) = current.kind else {
            if case .keyword(let k) = current.kind {
                throw failure("'\(k.rawValue)' is a keyword and cannot be used as a name", at: current.range, hint: "pick another name, such as '\(k.rawValue)_'")
            }
            throw error(expected: what)
        }
        let token = advance()
        return (name, token.range)
    }

    mutating func skipTerminators() {
        while check(.newline) || check(.symbol(.semicolon)) { advance() }
    }

    mutating func skipNewlines() {
        while check(.newline) { advance() }
    }

    /// How many `{` the tokens from `start` up to here open and leave unclosed.
    private func unclosedBraces(from start: Int) -> Int {
        var open = 0
        for token in tokens[start..<position] {
            if token.kind == .symbol(.leftBrace) { open += 1 }
            if token.kind == .symbol(.rightBrace), open > 0 { open -= 1 }
        }
        return open
    }

    /// Skips to the end of the broken statement, keeping braces balanced:
    /// a `}` that closes a brace the statement opened is skipped too.
    mutating func synchronize(openBraces: Int = 0) {
        var braces = openBraces
        while !check(.end) {
            switch current.kind {
            case .newline, .symbol(.semicolon):
                if braces == 0 { return }
            case .symbol(.leftBrace):
                braces += 1
            case .symbol(.rightBrace):
                if braces == 0 { return }
                braces -= 1
            default:
                break
            }
            advance()
        }
    }

    // MARK: errors

    /// "expected X, found Y", pointing at the current token.
    func error(expected what: String, hint: String? = nil) -> ParseFailure {
        if case .invalid(let why) = current.kind {
            return failure(why, at: current.range, hint: hint)
        }
        return failure("expected \(what), found \(spelled(current))", at: current.range, label: "expected \(what)", hint: hint)
    }

    /// A token as messages name it.
    func spelled(_ token: Token) -> String {
        token.kind == .end ? endSpelling : token.kind.spelled
    }

    func failure(_ message: String, at range: SourceRange, label: String? = nil, hint: String? = nil) -> ParseFailure {
        ParseFailure(diagnostic: Diagnostic(.syntax, message, source: source, range: range, label: label, hint: hint))
    }

    private func hintForJunk() -> String? {
        switch current.kind {
        case .keyword(.not) where peek().kind == .keyword(.in): return "write not (x in xs)"
        case .identifier("elif"): return "write else if"
        case .keyword(.if): return "knobs has no 'a if c else b'; write an if statement"
        case .symbol(.comma): return "assign one variable per statement: a = 1; b = 2"
        case .string where previousToken == .identifier("f"): return "every string interpolates: write \"{x}\" without the f"
        case .symbol(.leftBrace): return "a block opens with '{' on the same line as its 'if', 'while', 'for' or 'fn'"
        case .identifier, .number: return "put one statement on each line, or separate them with ';'"
        default: return nil
        }
    }

    /// Guards recursion: every nested construct calls this on the way in.
    mutating func enter(_ range: SourceRange) throws {
        depth += 1
        if depth > Parser.maximumNesting {
            throw failure("this is nested too deeply (more than \(Parser.maximumNesting) levels of brackets, operators and blocks)", at: range, hint: "split it into smaller steps with variables, or add up in a loop")
        }
    }

    mutating func leave() {
        depth -= 1
    }
}

/// A syntax error that unwinds to the statement being parsed.
struct ParseFailure: Error {
    var diagnostic: Diagnostic
}
