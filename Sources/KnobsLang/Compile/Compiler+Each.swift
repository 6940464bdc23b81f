extension FunctionCompiler {
    /// `map(xs, f)` or `filter(xs, f)` of the library: a call site like any
    /// other (the library function in its register, then `xs` and `f`), one
    /// more register for the items, and the two instructions of the loop that
    /// runs inside the VM (see ``EachLoop``).
    ///
    /// Both instructions carry the range of the whole call: an error in `f`
    /// is reported as called from this line, and a limit reached by starting
    /// a call points at it, as when the library function called `f` itself.
    mutating func compileEach(_ loop: EachLoop, _ callee: Expr, _ arguments: [Argument], into dst: Reg, _ range: SourceRange) {
        let function = allocate()
        compile(callee, into: function)
        let site = compileArguments(arguments, calleeName: loop.name)
        let item = allocate()
        precondition(item == function + 3, "the loop's registers follow one another")
        emit(.eachStart(dst, function: function, site: site, loop), range)
        emit(.eachStep(dst, function: function, site: site, loop), range)
    }
}
