/// A diagnostic on its way out through the frames; each frame adds the call it was making.
///
/// Building the trace while unwinding costs nothing until an error happens.
struct ErrorTrace: Error {
    var diagnostic: Diagnostic
    /// The calls that led to the error, innermost first.
    var callers: [(proto: Proto, pc: Int)] = []

    /// The diagnostic with "called from …" notes; runs of the same call site fold into one line.
    var finished: Diagnostic {
        var result = diagnostic
        var i = 0
        while i < callers.count, result.notes.count < 6 {
            let (caller, pc) = callers[i]
            var run = 1
            while i + run < callers.count, callers[i + run].proto === caller, callers[i + run].pc == pc { run += 1 }
            let line = caller.source.location(of: caller.ranges[pc].start).line
            let place = caller.name == "<main>" ? "the top level" : caller.name.isEmpty ? "an anonymous fn" : "fn \(caller.name)"
            result.notes.append("called from \(place) at line \(line)" + (run > 1 ? " (\(run) times)" : ""))
            i += run
        }
        if i < callers.count { result.notes.append("… and \(callers.count - i) calls further out") }
        return result
    }
}
