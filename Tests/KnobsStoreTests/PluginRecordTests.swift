import Foundation
import GRDB
import Testing
@testable import KnobsStore

/// Plugins' documents and append-only logs, per learner.
@Suite("Plugin records")
struct PluginRecordTests {
    static let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    static func record(_ kind: String, _ key: String, _ seconds: Double, _ text: String) -> PluginRecord {
        PluginRecord(kind: kind, key: key, date: t0.addingTimeInterval(seconds), data: Data(text.utf8))
    }

    @Test("documents are saved, replaced by kind and key, and read back by key")
    func documents() throws {
        let scratch = try TemporaryDirectory()
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        try store.commitPluginRecords(plugin: "quiz", saving: [Self.record("card", "b", 0, "1"), Self.record("card", "a", 0, "2"), Self.record("deck", "a", 0, "3")], appending: [])
        try store.commitPluginRecords(plugin: "quiz", saving: [Self.record("card", "b", 60, "4")], appending: [])
        #expect(try store.pluginDocuments(plugin: "quiz", kind: "card") == [Self.record("card", "a", 0, "2"), Self.record("card", "b", 60, "4")])
        #expect(try store.pluginDocuments(plugin: "other", kind: "card").isEmpty)
    }

    @Test("log entries come back oldest first, from a date on when asked")
    func log() throws {
        let scratch = try TemporaryDirectory()
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        let entries = [Self.record("review", "a", 120, "x"), Self.record("review", "b", 0, "y"), Self.record("review", "a", 60, "z")]
        try store.commitPluginRecords(plugin: "quiz", saving: [], appending: entries)
        #expect(try store.pluginLog(plugin: "quiz", kind: "review").map(\.data) == ["y", "z", "x"].map { Data($0.utf8) })
        #expect(try store.pluginLog(plugin: "quiz", kind: "review", since: Self.t0.addingTimeInterval(60)).map(\.key) == ["a", "a"])
    }

    @Test("a log entry cannot be changed")
    func appendOnly() throws {
        let scratch = try TemporaryDirectory()
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        try store.commitPluginRecords(plugin: "quiz", saving: [], appending: [Self.record("review", "a", 0, "x")])
        #expect(throws: DatabaseError.self) {
            try store.database.write { db in try db.execute(sql: "UPDATE pluginLog SET data = x'00'") }
        }
        #expect(try store.pluginLog(plugin: "quiz", kind: "review").map(\.data) == [Data("x".utf8)])
    }

    @Test("each learner has their own records, and a reset forgets one plugin's only")
    func learnersAndReset() throws {
        let scratch = try TemporaryDirectory()
        let ada = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        let bob = try ProgressStore.open(at: scratch.databaseURL, learner: "bob")
        try ada.commitPluginRecords(plugin: "quiz", saving: [Self.record("card", "a", 0, "1")], appending: [Self.record("review", "a", 0, "1")])
        try ada.commitPluginRecords(plugin: "other", saving: [Self.record("card", "a", 0, "2")], appending: [])
        try bob.commitPluginRecords(plugin: "quiz", saving: [Self.record("card", "a", 0, "3")], appending: [])
        #expect(try bob.pluginDocuments(plugin: "quiz", kind: "card").map(\.data) == [Data("3".utf8)])
        try ada.resetPluginRecords(plugin: "quiz")
        #expect(try ada.pluginDocuments(plugin: "quiz", kind: "card").isEmpty)
        #expect(try ada.pluginLog(plugin: "quiz", kind: "review").isEmpty)
        #expect(try ada.pluginDocuments(plugin: "other", kind: "card").count == 1)
        #expect(try bob.pluginDocuments(plugin: "quiz", kind: "card").count == 1)
    }

    @Test("a database from before plugin records gets their tables and keeps its progress")
    func fromVersionOne() throws {
        let scratch = try TemporaryDirectory()
        let old = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        try old.setStep(3, lesson: "01-parameters")
        try old.database.write { db in
            try db.execute(sql: "DROP TABLE pluginDocument; DROP TABLE pluginLog")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier LIKE 'v2 %'")
        }
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        #expect(try store.progress(lesson: "01-parameters").step == 3)
        try store.commitPluginRecords(plugin: "quiz", saving: [Self.record("card", "a", 0, "1")], appending: [])
        #expect(try store.pluginDocuments(plugin: "quiz", kind: "card").count == 1)
        #expect(try store.integrityProblems().isEmpty)
    }
}
