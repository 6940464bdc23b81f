extension Interpreter {
    /// The names of the standard library: `expect`, `near`, `sqrt`, `mlp`, ….
    public static let libraryNames: Set<String> = Set(StandardLibrary.entries.map(\.name))

    /// Takes the value away from every top-level variable named like a library
    /// function, so that the next run reads those names as the library's, and
    /// returns the names it hid.
    ///
    /// A grader calls it before running a check, between a
    /// ``snapshot()`` and a ``restore(_:)``: a submission that assigned
    /// `expect = fn(c, m) = nil` cannot change what `expect` means to the
    /// check, because the check is compiled after this and the name resolves
    /// to the library again. The restore gives the variables back. Call it
    /// between runs, never during one.
    @discardableResult
    public func hideShadowedLibraryNames() -> [String] {
        var hidden: [String] = []
        for (slot, name) in globals.names.enumerated() where Interpreter.libraryNames.contains(name) && vm.globals[slot] != nil {
            vm.globals.values[slot] = .nil
            vm.globals.defined[slot] = false
            vm.globals.noteCallee(.nil, at: slot)
            hidden.append(name)
        }
        return hidden
    }
}
