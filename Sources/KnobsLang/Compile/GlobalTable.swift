/// The top-level variables of a program (or of a whole REPL session): name to slot.
///
/// Slots are handed out once and never move, so code compiled earlier keeps
/// working when later inputs define more variables.
final class GlobalTable: @unchecked Sendable {
    private(set) var names: [String] = []
    private var index: [String: Int32] = [:]

    func slot(for name: String) -> Int32 {
        if let i = index[name] { return i }
        let i = Int32(names.count)
        index[name] = i
        names.append(name)
        return i
    }

    func existingSlot(_ name: String) -> Int32? {
        index[name]
    }
}
