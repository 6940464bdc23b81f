extension Interpreter {
    /// Gives a top-level variable a value from outside the language: how a
    /// host adds native functions (`plot`) that the language itself cannot
    /// depend on.
    ///
    /// The name becomes a global like one a program assigned: later runs see
    /// it (scope analysis knows it, ``variableNames`` lists it), and a program
    /// may assign it another value. Call it between runs, never during one.
    ///
    /// ```swift
    /// interpreter.define("twice", .function(Function(Signature("twice", "x"), doc: "2x.") { args, _ in
    ///     .number(2 * (try args.number(0, "twice")))
    /// }))
    /// ```
    ///
    /// - Parameters:
    ///   - name: a knobs name (letters, digits and `_`, not a keyword).
    ///   - value: its value.
    ///   - protected: whether checks always see this value (see ``protect(_:)``).
    public func define(_ name: String, _ value: Value, protected: Bool = false) {
        precondition(Interpreter.isName(name), "'\(name)' is not a knobs name")
        let slot = Int(globals.slot(for: name))
        set(slot, to: value)
        if protected { protect(name) }
    }

    /// Makes the current value of the top-level variable `name`, a function, the one that
    /// ``restoreBuiltins()`` puts back: a plugin's functions are protected so
    /// that a submission which rebinds them cannot change what a check calls.
    public func protect(_ name: String) {
        guard let slot = globals.existingSlot(name), let value = vm.globals[Int(slot)], case .function = value else { return }
        protectedValues[name] = (Int(slot), value)
    }

    /// The protected names whose variables a program has since given another value, sorted.
    public var changedProtectedNames: [String] {
        protectedValues.filter { _, saved in !Interpreter.isSameFunction(vm.globals[saved.slot], saved.value) }.keys.sorted()
    }

    private static func isSameFunction(_ current: Value?, _ saved: Value) -> Bool {
        guard case .function(let now)? = current, case .function(let then) = saved else { return false }
        return now === then
    }

    func set(_ slot: Int, to value: Value) {
        vm.globals.reserve(slot + 1)
        vm.globals.values[slot] = value
        vm.globals.defined[slot] = true
        vm.globals.noteCallee(value, at: slot)
    }

    /// Whether `name` could be written as a variable in a program.
    private static func isName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, Keyword(rawValue: name) == nil else { return false }
        let letter = { (s: Unicode.Scalar) in s == "_" || s.properties.isAlphabetic }
        return letter(first) && name.unicodeScalars.allSatisfy { letter($0) || ("0"..."9").contains($0) }
    }
}

extension Function {
    /// Whether the function is written in Swift (the library's, a plugin's,
    /// one given by ``Interpreter/define(_:_:)``) rather than in knobs: a
    /// REPL's list of variables can leave these out.
    public var isNative: Bool { native != nil }
}
