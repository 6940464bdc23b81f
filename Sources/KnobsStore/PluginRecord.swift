import Foundation

/// Something a plugin keeps for the learner: a document it replaces as it
/// changes (a quiz card's state), or an entry of its append-only log (one review).
///
/// The store keeps `data` as it is given (plugins write JSON) and never reads it.
public struct PluginRecord: Sendable, Equatable {
    /// What sort of record it is, within the plugin (`card`, `review`).
    public var kind: String
    /// Which one: a document's identity; for a log entry, what it is about.
    public var key: String
    /// When it was last changed (a document) or when it happened (a log entry).
    public var date: Date
    public var data: Data

    public init(kind: String, key: String, date: Date, data: Data) {
        self.kind = kind
        self.key = key
        self.date = date
        self.data = data
    }
}
