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
    public func define(_ name: String, _ value: Value) {
        precondition(Interpreter.isName(name), "'\(name)' is not a knobs name")
        let slot = Int(globals.slot(for: name))
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
