/// One thing a plugin adds to the language, as `knobs plugins NAME` and `:help` show it.
public struct PluginFunctionDoc: Sendable, Equatable {
    /// The name a program uses.
    public var name: String
    /// The signature of a function (`adam(lr: 0.001, …)`), else the kind of value.
    public var summary: String
    /// What it does.
    public var doc: String

    public init(name: String, summary: String, doc: String) {
        self.name = name
        self.summary = summary
        self.doc = doc
    }
}
