import Foundation
import KnobsPluginAPI
import Testing

/// A store in memory, keyed as the database keys records.
private final class MemoryStore: PluginRecordStore, @unchecked Sendable {
    var documents: [String: StoredRecord] = [:]
    var entries: [(plugin: String, record: StoredRecord)] = []

    func documents(plugin: String, kind: String) throws -> [StoredRecord] {
        documents.filter { $0.key.hasPrefix("\(plugin)/\(kind)/") }.values.sorted { $0.key < $1.key }
    }

    func log(plugin: String, kind: String, since: Date?) throws -> [StoredRecord] {
        entries.filter { $0.plugin == plugin && $0.record.kind == kind && $0.record.date >= (since ?? .distantPast) }.map(\.record)
    }

    func commit(plugin: String, saving documents: [StoredRecord], appending entries: [StoredRecord]) throws {
        for document in documents { self.documents["\(plugin)/\(document.kind)/\(document.key)"] = document }
        self.entries += entries.map { (plugin, $0) }
    }
}

@Suite("Plugin records")
struct PluginRecordsTests {
    @Test("a plugin reads and writes its own records only")
    func scoped() throws {
        let store = MemoryStore()
        let quiz = PluginRecords(plugin: "quiz", store: store)
        let other = PluginRecords(plugin: "other", store: store)
        let card = StoredRecord(kind: "card", key: "gewicht", date: Date(timeIntervalSince1970: 0), data: Data("{}".utf8))
        try quiz.commit(saving: [card], appending: [card])
        #expect(try quiz.documents("card") == [card])
        #expect(try quiz.log("card") == [card])
        #expect(try other.documents("card").isEmpty)
        #expect(try other.log("card").isEmpty)
    }

    @Test("an update is given the plugin's document of that kind and key, or nil, and commits what it makes of it")
    func update() throws {
        let store = MemoryStore()
        let quiz = PluginRecords(plugin: "quiz", store: store)
        let other = PluginRecords(plugin: "other", store: store)
        let card = StoredRecord(kind: "card", key: "gewicht", date: Date(timeIntervalSince1970: 0), data: Data("1".utf8))
        try other.commit(saving: [card])
        var seen: [StoredRecord?] = []
        try quiz.update("card", key: "gewicht") { current in
            seen.append(current)
            return ([card], [card])
        }
        try quiz.update("card", key: "gewicht") { current in
            seen.append(current)
            return ([], [])
        }
        #expect(seen == [nil, card])
        #expect(try quiz.log("card") == [card])
    }

    @Test("a command knows the plugin that added it")
    func commandPlugin() throws {
        let plugins = try Fixtures.catalog().load(["twice"])
        #expect(plugins.commands.map(\.plugin) == ["twice"])
    }
}
