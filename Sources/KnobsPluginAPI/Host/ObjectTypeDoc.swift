/// The documentation of an object type a plugin adds (`optimizer`, `surface`):
/// what `knobs plugins NAME` and `:help` show for it.
public struct ObjectTypeDoc: Sendable {
    /// The type's name, as `type(x)` gives it.
    public var name: String
    /// One line on what it is.
    public var summary: String
    /// Its properties and methods, each with one line of documentation.
    public var members: [(name: String, doc: String)]

    public init(name: String, summary: String, members: [(name: String, doc: String)] = []) {
        self.name = name
        self.summary = summary
        self.members = members
    }
}
