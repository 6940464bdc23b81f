import KnobsLang

extension Value {
    /// Whether this is a function the host put in (such as `plot`), not one the learner made.
    var isLibraryFunction: Bool {
        if case .function(let function) = self { return function.isNative }
        return false
    }
}
