extension VM {
    /// Calls `callee` with the arguments a call site put in registers after `base`.
    func call(_ callee: Value, site: CallSite, base: Int) throws -> Value {
        if case .object(let object) = callee {
            return try callObject(object, site: site, base: base)
        }
        guard case .function(let function) = callee else {
            throw RuntimeError("\(callee.describedType) cannot be called", hint: site.calleeName.map { name in
                builtinIndex[name] != nil
                    ? "'\(name)' holds \(callee.describedType) here, which hides the library function \(name); give your variable another name"
                    : "'\(name)' holds \(callee.describedType), not a function"
            } ?? (callee.isNumber ? "to multiply, write 2 * (x + 1)" : nil))
        }
        try countStep()
        let argumentBase = base + Int(site.firstArgument)
        let count = Int(site.count)
        do {
            if let proto = function.proto {
                if !site.labels.isEmpty || count != proto.parameterCount {
                    try bindInPlace(function.signature, site: site, base: argumentBase)
                }
                return try execute(proto, closure: Unmanaged.passUnretained(function), base: argumentBase)
            }
            guard let body = function.native else { return .nil }
            var arguments = try bind(function.signature, (0..<count).map { registers[argumentBase + $0] }, labels: site.labels)
            do {
                return try body(&arguments, self)
            } catch var error as RuntimeError {
                // A native names the parameter at fault; the caret goes under the argument that filled it.
                error.argument = error.argument.flatMap { position(ofParameter: $0, in: function.signature, labels: site.labels, count: count) }
                throw error
            }
        } catch var error as RuntimeError {
            // An error about one argument points at that argument.
            if let i = error.argument, i < site.argumentRanges.count {
                error.argument = nil
                error.range = site.argumentRanges[i]
            }
            throw error
        }
    }

    /// `model(x)`: an object that can be called, such as a network.
    private func callObject(_ object: any KnobsObject, site: CallSite, base: Int) throws -> Value {
        let arguments = (0..<Int(site.count)).map { registers[base + Int(site.firstArgument) + $0] }
        if let label = site.labels.compactMap({ $0 }).first {
            throw RuntimeError("\(Value.object(object).describedType) takes no named arguments, got '\(label):'")
        }
        try countStep()
        if let result = try object.call(arguments, context: self) { return result }
        throw RuntimeError("\(Value.object(object).describedType) cannot be called")
    }

    /// Binds arguments for a knobs function: reorders named ones and fills defaults, in the registers.
    private func bindInPlace(_ signature: Signature, site: CallSite, base: Int) throws {
        let given = (0..<Int(site.count)).map { registers[base + $0] }
        let bound = try bind(signature, given, labels: site.labels)
        try reserve(base + bound.values.count + 1)
        for (i, value) in bound.values.enumerated() { registers[base + i] = value }
    }

    /// Where, among the arguments as written, the one bound to parameter `index` is
    /// (extra arguments of a variadic function count on from the last parameter).
    private func position(ofParameter index: Int, in signature: Signature, labels: [String?], count: Int) -> Int? {
        if index < signature.parameters.count, let named = labels.firstIndex(of: signature.parameters[index].name) {
            return named
        }
        // As in bind: an argument without a label fills the parameter at its own position.
        let unlabelled = index < count && (index >= labels.count || labels[index] == nil)
        return unlabelled ? index : nil
    }

    /// Matches positional and named arguments to parameters.
    func bind(_ signature: Signature, _ given: [Value], labels: [String?]) throws -> Arguments {
        let parameters = signature.parameters
        var values = [Value?](repeating: nil, count: parameters.count)
        var rest: [Value] = []
        for (i, value) in given.enumerated() {
            let label = i < labels.count ? labels[i] : nil
            if let label {
                guard let p = parameters.firstIndex(where: { $0.name == label }) else {
                    let suggestion = Suggestions.closest(to: label, among: parameters.map(\.name))
                    throw RuntimeError(
                        "\(signature.title) has no parameter '\(label)'",
                        hint: suggestion.map { "did you mean '\($0)'?" } ?? "its parameters: \(signature)",
                        argument: i)
                }
                if values[p] != nil {
                    throw RuntimeError("'\(label)' is given twice to \(signature.title)", argument: i)
                }
                values[p] = value
            } else if i < signature.positionalCount {
                values[i] = value
            } else if signature.variadic {
                rest.append(value)
            } else {
                throw RuntimeError(
                    "\(signature.title) takes \(countPhrase(signature)), got \(given.count)",
                    hint: "its parameters: \(signature)", argument: i)
            }
        }
        var bound: [Value] = []
        bound.reserveCapacity(parameters.count)
        for (p, parameter) in parameters.enumerated() {
            if let value = values[p] {
                bound.append(value)
            } else if let fallback = parameter.defaultValue {
                bound.append(fallback)
            } else {
                throw RuntimeError(
                    "\(signature.title) is missing its argument '\(parameter.name)'",
                    hint: "it takes \(countPhrase(signature)): \(signature)")
            }
        }
        return Arguments(values: bound, rest: rest)
    }

    private func countPhrase(_ signature: Signature) -> String {
        let required = signature.requiredCount
        let total = signature.positionalCount
        let noun = { (n: Int) in n == 1 ? "1 argument" : "\(n) arguments" }
        if signature.variadic { return "at least \(noun(required))" }
        return required == total ? noun(total) : "\(required) to \(total) arguments"
    }

    /// Makes a closure: its captured variables come from this frame's cells and captures.
    func makeClosure(_ proto: Proto, frame r: UnsafeMutablePointer<Value>, cells: [Cell]?, closure: Function?) -> Value {
        let captured = proto.captureSources.map { source -> Cell in
            switch source {
            case .cell(let c): return cells.unsafelyUnwrapped[Int(c)]
            case .capture(let c): return closure.unsafelyUnwrapped.captures[Int(c)]
            }
        }
        var defaults = [Value?](repeating: nil, count: proto.parameterNames.count)
        let firstDefault = proto.parameterNames.count - proto.defaultCount
        for j in 0..<proto.defaultCount {
            defaults[firstDefault + j] = r[Int(proto.defaultsRegister) + j]
        }
        return .function(Function(proto: proto, captures: captured, defaults: defaults))
    }

    // MARK: CallContext

    func call(_ function: Value, _ arguments: [Value]) throws -> Value {
        try call(function, arguments, labels: [])
    }

    func call(_ function: Value, with argument: Value) throws -> Value {
        guard case .function(let callee) = function, let proto = callee.proto, proto.bytecode.parameterCount == 1 else {
            return try call(function, [argument], labels: [])
        }
        return try callback(proto, callee, argument)
    }

    func call(_ function: Value, onEach items: [Value], _ receive: (_ item: Value, _ result: Value) throws -> Void) throws {
        guard case .function(let callee) = function, let proto = callee.proto, proto.bytecode.parameterCount == 1 else {
            for item in items { try receive(item, try call(function, [item], labels: [])) }
            return
        }
        try items.withUnsafeBufferPointer { items in
            for i in items.indices { try receive(items[i], try callback(proto, callee, items[i])) }
        }
    }

    /// Runs a knobs function of one parameter on an argument; the caller holds the closure (and so its proto).
    @inline(__always)
    private func callback(_ proto: Proto, _ closure: Function, _ argument: Value) throws -> Value {
        try countStep()
        let base = top
        if base + 1 >= capacity { try reserve(base + 2) }
        if case .number(let x) = argument {
            put(.number(x), at: registers + base)  // without Swift's outlined copy of a Value
        } else {
            put(argument, at: registers + base)
        }
        return try execute(proto, closure: Unmanaged.passUnretained(closure), base: base)
    }

    func write(_ text: String) throws {
        outputBytes += text.utf8.count
        if outputBytes > limits.maxOutput {
            throw RuntimeError.limit("the program printed more than \(limits.maxOutput) bytes", hint: "print less, or raise the limit with --max-output")
        }
        output(text)
    }

    @inline(__always)
    func checkWeight(_ weight: Int) throws {
        if weight > limits.maxMemory { throw tooHeavy() }
    }

    private func tooHeavy() -> RuntimeError {
        RuntimeError.limit("a value grew past the memory limit (\(limits.maxMemory) cells)", hint: "is a value growing without end? Raise the limit with --max-memory")
    }

    func text(_ value: Value) throws -> String {
        try render(value, quoted: false)
    }

    func repr(_ value: Value) throws -> String {
        try render(value, quoted: true)
    }

    /// A value's text, failing with a limit error instead of building text past the memory limit.
    private func render(_ value: Value, quoted: Bool) throws -> String {
        let (text, complete) = value.render(quoted: quoted, limit: limits.maxMemory)
        guard complete else {
            throw RuntimeError.limit("the text of this value would be longer than the memory limit (\(limits.maxMemory) bytes)", hint: "print a part of it, or raise the limit with --max-memory")
        }
        try chargeNew(text.utf8.count)
        return text
    }

    /// Checks a value's size and nesting against the limits.
    func checkSize(_ value: Value) throws {
        try checkSize(weight: value.weight, nesting: value.nesting)
    }

    /// Checks the size and nesting of a list or record against the limits.
    @inline(__always)
    func checkSize(weight: Int, nesting: Int) throws {
        try checkWeight(weight)
        if nesting > VM.maximumNesting { throw tooDeep() }
    }

    private func tooDeep() -> RuntimeError {
        RuntimeError.limit("values are nested more than \(VM.maximumNesting) deep (lists, records and closures inside one another)", hint: "is a value wrapping itself in a loop, as in x = [x]?")
    }

    /// Counts the building of `cells` new cells: a step per 64, and a look at
    /// the process's memory before anything big is built.
    func chargeNew(_ cells: Int) throws {
        try checkWeight(cells)
        guard cells >= 64 else { return }
        try countSteps(cells >> 6)
        if cells >= 1 << 16 { try checkResident() }
    }

    /// Fails when the whole process uses more memory than ``Limits/maxResident``.
    func checkResident() throws {
        if let used = ResidentMemory.current(), used > limits.maxResident {
            throw RuntimeError.limit("the program uses more than \(limits.maxResident >> 20) MiB of memory", hint: "are many big values kept alive at once? Raise the limit with --max-resident")
        }
    }

    func countSteps(_ n: Int) throws {
        stepsLeft &-= n
        if stepsLeft <= 0 { try reachCheckpoint() }
    }

    /// Counts one step (a call or a loop iteration).
    @inline(__always)
    func countStep() throws {
        stepsLeft &-= 1
        if stepsLeft <= 0 { try reachCheckpoint() }
    }

    /// The steps the run has taken.
    var steps: Int { checkpoint &- stepsLeft }

    /// Checks the step limit, the clock and Ctrl-C; called every few thousand steps.
    func reachCheckpoint() throws {
        let steps = self.steps
        if steps >= limits.maxSteps {
            throw RuntimeError.limit("the program ran more than \(limits.maxSteps) steps", hint: "is a loop missing its way out? Raise the limit with --max-steps")
        }
        if interrupt.isSet {
            throw RuntimeError.limit("interrupted")
        }
        if steps >= residentCheckpoint {
            residentCheckpoint = steps &+ 1_000_000
            try checkResident()
        }
        if ContinuousClock.now > deadline {
            throw RuntimeError.limit("the program ran longer than \(formatSeconds(limits.timeout))", hint: "is a loop missing its way out? Raise the limit with --timeout")
        }
        checkpoint = min(limits.maxSteps, steps &+ 4096)
        stepsLeft = checkpoint &- steps
    }

    private func formatSeconds(_ s: Double) -> String {
        s == s.rounded() ? "\(Int(s)) s" : "\(s) s"
    }

    // MARK: errors

    /// Gives a runtime error its place in the source.
    func diagnostic(for error: RuntimeError, proto: Proto, pc: Int) -> Diagnostic {
        let range = error.range ?? (pc >= 0 && pc < proto.ranges.count ? proto.ranges[pc] : nil)
        return Diagnostic(error.kind, error.message, source: proto.source, range: range, hint: error.hint)
    }
}
