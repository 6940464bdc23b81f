/// The plugins a lesson may name, as its parser knows them without loading any: their
/// names, and the cell kinds each adds.
///
/// An array literal gives names alone: `["optimizers", "dutch-quiz"]`.
public struct KnownPlugins: Sendable, Equatable, ExpressibleByArrayLiteral {
    /// The plugins that exist; a lesson that names another is malformed.
    public var names: Set<String>
    /// The plugins that add each cell kind, by the kind's name (`words` → `[dutch-quiz]`).
    public var cellKinds: [String: [String]]

    public init(names: Set<String> = [], cellKinds: [String: [String]] = [:]) {
        self.names = names
        self.cellKinds = cellKinds
    }

    public init(arrayLiteral names: String...) {
        self.init(names: Set(names))
    }
}
