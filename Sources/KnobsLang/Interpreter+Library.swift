extension Interpreter {
    /// The names of the standard library: `expect`, `near`, `sqrt`, `mlp`, ….
    public static let libraryNames: Set<String> = Set(StandardLibrary.entries.map(\.name))

    /// Takes the value away from every top-level variable named like a library
    /// function, so that the next run reads those names as the library's, and
    /// gives every protected name (a plugin's functions, ``protect(_:)``) its
    /// protected value back; returns the names it changed.
    ///
    /// A grader calls it before running a check, between a
    /// ``snapshot()`` and a ``restore(_:)``: a submission that assigned
    /// `expect = fn(c, m) = nil` or `adam = sgd` cannot change what `expect`
    /// or `adam` means to the check, because the check is compiled after this
    /// and the name resolves to the library (or the plugin) again. The restore
    /// gives the variables back. Call it between runs, never during one.
    @discardableResult
    public func restoreBuiltins() -> [String] {
        var changed: [String] = []
        for (slot, name) in globals.names.enumerated() where Interpreter.libraryNames.contains(name) && vm.globals[slot] != nil && protectedValues[name] == nil {
            vm.globals.values[slot] = .nil
            vm.globals.defined[slot] = false
            vm.globals.noteCallee(.nil, at: slot)
            changed.append(name)
        }
        for name in changedProtectedNames {
            guard let saved = protectedValues[name] else { continue }
            set(saved.slot, to: saved.value)
            changed.append(name)
        }
        return changed
    }
}
