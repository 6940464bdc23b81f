/// Where a variable lives, for instructions that change a variable in place.
enum Place: Sendable {
    case register(Reg)
    case global(Int32)
    case cell(Int32)
    case capture(Int32)
}

/// The arguments of one call: where they sit and which are named.
///
/// A class, so that the VM fetches a call site with one reference count.
final class CallSite: Sendable {
    let firstArgument: Reg
    let count: Int32
    /// One label per argument, nil for positional ones; empty when all are positional.
    let labels: [String?]
    /// Where each argument was written, for errors that point at one.
    let argumentRanges: [SourceRange]
    /// The name the function was called by, when it was a plain name (for messages).
    let calleeName: String?
    /// Where that name was written, for an error about the variable itself.
    let calleeRange: SourceRange?

    init(firstArgument: Reg, count: Int32, labels: [String?], argumentRanges: [SourceRange], calleeName: String? = nil, calleeRange: SourceRange? = nil) {
        self.firstArgument = firstArgument
        self.count = count
        self.labels = labels
        self.argumentRanges = argumentRanges
        self.calleeName = calleeName
        self.calleeRange = calleeRange
    }
}

/// `receiver.name(args)`: a call site plus the receiver and the method name.
struct MethodSite: Sendable {
    var receiver: Place
    var name: String
    var call: CallSite
    /// Whether the receiver is a variable that a mutating method may change.
    var receiverIsVariable: Bool
    /// Set for `xs = append(xs, x)` compiled as an in-place append: anything but a list is an error, as for `append`.
    var requiresList = false
}
