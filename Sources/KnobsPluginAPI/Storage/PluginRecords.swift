import Foundation

/// Something a plugin keeps for the learner: a document it replaces as it
/// changes (a quiz card's state), or an entry of its append-only log (a review).
public struct StoredRecord: Sendable, Equatable {
    /// What sort of record it is, within the plugin (`card`, `review`).
    public var kind: String
    /// Which one: a document's identity; for a log entry, what it is about.
    public var key: String
    /// When it was last changed (a document) or when it happened (a log entry).
    public var date: Date
    /// The plugin's own encoding of it (JSON, say); knobs never reads it.
    public var data: Data

    public init(kind: String, key: String, date: Date, data: Data) {
        self.kind = kind
        self.key = key
        self.date = date
        self.data = data
    }
}

/// The knobs database as a host offers it to plugins: records by plugin and learner.
public protocol PluginRecordStore: AnyObject, Sendable {
    func documents(plugin: String, kind: String) throws -> [StoredRecord]
    func log(plugin: String, kind: String, since: Date?) throws -> [StoredRecord]
    func commit(plugin: String, saving documents: [StoredRecord], appending entries: [StoredRecord]) throws
    /// Reads the document `kind`/`key` (nil when there is none) and commits what `change`
    /// makes of it, with no other write between the two, from this process or another.
    func update(plugin: String, kind: String, key: String,
                _ change: (StoredRecord?) throws -> (saving: [StoredRecord], appending: [StoredRecord])) throws
}

extension PluginRecordStore {
    /// A read, then a commit: enough for a store that only one process and one thread use.
    /// A store that several share (the knobs database) does both in one transaction.
    public func update(plugin: String, kind: String, key: String,
                       _ change: (StoredRecord?) throws -> (saving: [StoredRecord], appending: [StoredRecord])) throws {
        let current = try documents(plugin: plugin, kind: kind).first { $0.key == key }
        let (documents, entries) = try change(current)
        try commit(plugin: plugin, saving: documents, appending: entries)
    }
}

/// What one plugin keeps for the learner in the knobs database, and nothing of
/// any other plugin's: documents by kind and key, and an append-only log.
///
/// Each ``commit(saving:appending:)`` is one transaction, synced to disk before
/// it returns: a crash afterwards loses nothing it saved.
public struct PluginRecords: Sendable {
    /// The plugin whose records these are.
    public let plugin: String
    private let store: any PluginRecordStore

    public init(plugin: String, store: any PluginRecordStore) {
        self.plugin = plugin
        self.store = store
    }

    /// The documents of one kind, by key.
    public func documents(_ kind: String) throws -> [StoredRecord] {
        try store.documents(plugin: plugin, kind: kind)
    }

    /// The log entries of one kind, oldest first, from `since` on when given.
    public func log(_ kind: String, since: Date? = nil) throws -> [StoredRecord] {
        try store.log(plugin: plugin, kind: kind, since: since)
    }

    /// Saves documents (replacing those with the same kind and key) and appends log entries, in one transaction.
    public func commit(saving documents: [StoredRecord] = [], appending entries: [StoredRecord] = []) throws {
        try store.commit(plugin: plugin, saving: documents, appending: entries)
    }

    /// Reads the document `kind`/`key` and commits what `change` makes of it, in one
    /// transaction: a change made from a document that another session has since replaced
    /// would lose that session's update.
    ///
    /// - Parameter change: Given the document as it is now (nil when there is none), the
    ///   documents to save and the log entries to append.
    public func update(_ kind: String, key: String,
                       _ change: (StoredRecord?) throws -> (saving: [StoredRecord], appending: [StoredRecord])) throws {
        try store.update(plugin: plugin, kind: kind, key: key, change)
    }
}
