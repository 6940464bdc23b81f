/// What scope analysis found out about one function (or the top level).
final class FunctionScope {
    let node: FunctionNode?
    let parent: FunctionScope?
    /// Local names in register order: parameters first.
    private(set) var locals: [String] = []
    private var localIndex: [String: Int] = [:]
    var declaredGlobal: Set<String> = []
    var declaredNonlocal: Set<String> = []
    /// Locals that inner functions capture; they live in cells.
    var captured: Set<String> = []
    /// Variables of enclosing functions this function uses, in capture order.
    private(set) var captures: [String] = []
    private var captureIndex: [String: Int] = [:]
    /// Where each local is first assigned (byte offset), for the use-before-assignment check.
    var firstAssignment: [String: Int] = [:]

    init(node: FunctionNode?, parent: FunctionScope?) {
        self.node = node
        self.parent = parent
    }

    var isTopLevel: Bool { node == nil }

    func addLocal(_ name: String) {
        guard localIndex[name] == nil else { return }
        localIndex[name] = locals.count
        locals.append(name)
    }

    func isLocal(_ name: String) -> Bool {
        localIndex[name] != nil
    }

    func register(of name: String) -> Int? {
        localIndex[name]
    }

    func captureSlot(_ name: String) -> Int {
        if let i = captureIndex[name] { return i }
        captureIndex[name] = captures.count
        captures.append(name)
        return captures.count - 1
    }

    func existingCapture(_ name: String) -> Int? {
        captureIndex[name]
    }
}

/// How a name resolves at one place in the program.
enum Resolution {
    case local(Int)
    case cell(String)
    case capture(Int)
    case global(String)
    case builtin(String)
    case undefined
}
