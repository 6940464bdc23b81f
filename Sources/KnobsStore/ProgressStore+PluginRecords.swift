import Foundation
import GRDB

/// Plugins' documents and logs, per learner (see ``PluginRecord``).
extension ProgressStore {
    /// The plugin's documents of one kind, by key.
    public func pluginDocuments(plugin: String, kind: String) throws -> [PluginRecord] {
        try read { db in
            try SQLRequest<Row>("""
                SELECT key, updatedAt, data FROM pluginDocument
                WHERE learnerId = \(learnerID) AND plugin = \(plugin) AND kind = \(kind) ORDER BY key
                """).fetchAll(db).map { PluginRecord(kind: kind, key: $0["key"], date: $0["updatedAt"], data: $0["data"]) }
        }
    }

    /// The plugin's log entries of one kind, oldest first, from `since` on when given.
    public func pluginLog(plugin: String, kind: String, since: Date? = nil) throws -> [PluginRecord] {
        try read { db in
            try SQLRequest<Row>("""
                SELECT key, at, data FROM pluginLog
                WHERE learnerId = \(learnerID) AND plugin = \(plugin) AND kind = \(kind) AND at >= \(since ?? .distantPast)
                ORDER BY at, id
                """).fetchAll(db).map { PluginRecord(kind: kind, key: $0["key"], date: $0["at"], data: $0["data"]) }
        }
    }

    /// Saves documents (replacing those with the same kind and key) and appends
    /// log entries, all in one transaction, committed before this returns.
    public func commitPluginRecords(plugin: String, saving documents: [PluginRecord], appending entries: [PluginRecord]) throws {
        try write { db in try insert(db, plugin: plugin, documents: documents, entries: entries) }
    }

    /// Reads the document `kind`/`key` and commits what `change` makes of it, in one
    /// transaction: another process's write comes before the read or after the commit,
    /// never between, so a change is never made from a document that has since been replaced.
    public func updatePluginRecords(plugin: String, kind: String, key: String,
                                    _ change: (PluginRecord?) throws -> (saving: [PluginRecord], appending: [PluginRecord])) throws {
        try write { db in
            let current = try SQLRequest<Row>("""
                SELECT updatedAt, data FROM pluginDocument
                WHERE learnerId = \(learnerID) AND plugin = \(plugin) AND kind = \(kind) AND key = \(key)
                """).fetchOne(db).map { PluginRecord(kind: kind, key: key, date: $0["updatedAt"], data: $0["data"]) }
            let (documents, entries) = try change(current)
            try insert(db, plugin: plugin, documents: documents, entries: entries)
        }
    }

    private func insert(_ db: Database, plugin: String, documents: [PluginRecord], entries: [PluginRecord]) throws {
        for document in documents {
            try db.execute(literal: """
                INSERT INTO pluginDocument (learnerId, plugin, kind, key, data, updatedAt)
                VALUES (\(learnerID), \(plugin), \(document.kind), \(document.key), \(document.data), \(document.date))
                ON CONFLICT (learnerId, plugin, kind, key) DO UPDATE SET data = excluded.data, updatedAt = excluded.updatedAt
                """)
        }
        for entry in entries {
            try db.execute(literal: """
                INSERT INTO pluginLog (learnerId, plugin, kind, key, at, data)
                VALUES (\(learnerID), \(plugin), \(entry.kind), \(entry.key), \(entry.date), \(entry.data))
                """)
        }
    }

    /// Forgets everything the plugin keeps for this learner, its log included.
    public func resetPluginRecords(plugin: String) throws {
        try write { db in
            try db.execute(literal: "DELETE FROM pluginDocument WHERE learnerId = \(learnerID) AND plugin = \(plugin)")
            try db.execute(literal: "DELETE FROM pluginLog WHERE learnerId = \(learnerID) AND plugin = \(plugin)")
        }
    }
}
