import Foundation
import KnobsPluginAPI
import KnobsStore

/// The progress database is where plugins keep their records; its errors reach them as
/// ``RecordStoreError``s, with the store's hint.
extension ProgressStore: PluginRecordStore {
    public func documents(plugin: String, kind: String) throws -> [StoredRecord] {
        try forPlugins { try pluginDocuments(plugin: plugin, kind: kind).map(StoredRecord.init) }
    }

    public func log(plugin: String, kind: String, since: Date?) throws -> [StoredRecord] {
        try forPlugins { try pluginLog(plugin: plugin, kind: kind, since: since).map(StoredRecord.init) }
    }

    public func commit(plugin: String, saving documents: [StoredRecord], appending entries: [StoredRecord]) throws {
        try forPlugins { try commitPluginRecords(plugin: plugin, saving: documents.map(PluginRecord.init), appending: entries.map(PluginRecord.init)) }
    }

    public func update(plugin: String, kind: String, key: String,
                       _ change: (StoredRecord?) throws -> (saving: [StoredRecord], appending: [StoredRecord])) throws {
        try forPlugins {
            try updatePluginRecords(plugin: plugin, kind: kind, key: key) { current in
                let (documents, entries) = try change(current.map(StoredRecord.init))
                return (documents.map(PluginRecord.init), entries.map(PluginRecord.init))
            }
        }
    }

    private func forPlugins<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw RecordStoreError(error.description, hint: error.hint)
        }
    }
}

extension StoredRecord {
    init(_ record: PluginRecord) {
        self.init(kind: record.kind, key: record.key, date: record.date, data: record.data)
    }
}

extension PluginRecord {
    init(_ record: StoredRecord) {
        self.init(kind: record.kind, key: record.key, date: record.date, data: record.data)
    }
}
