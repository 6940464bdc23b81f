import Foundation
import KnobsPluginAPI

/// Records kept in memory only, for a quiz when knobs runs without its database (the REPL
/// could not open it): the session works, and nothing outlives it.
final class MemoryRecordStore: PluginRecordStore, @unchecked Sendable {
    private let lock = NSLock()
    private var documents: [String: StoredRecord] = [:]
    private var entries: [StoredRecord] = []

    func documents(plugin: String, kind: String) throws -> [StoredRecord] {
        lock.withLock { documents.values.filter { $0.kind == kind }.sorted { $0.key < $1.key } }
    }

    func log(plugin: String, kind: String, since: Date?) throws -> [StoredRecord] {
        lock.withLock { entries.filter { $0.kind == kind && $0.date >= (since ?? .distantPast) } }
    }

    func commit(plugin: String, saving documents: [StoredRecord], appending entries: [StoredRecord]) throws {
        lock.withLock {
            for document in documents { self.documents[document.kind + "\u{0}" + document.key] = document }
            self.entries += entries
        }
    }
}
