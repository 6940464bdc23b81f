import Foundation
import GRDB
import Testing
@testable import KnobsStore

/// Opening the database: from nothing, again, and from a newer knobs; and the
/// settings every connection must have.
@Suite("Opening and migrations")
struct MigrationTests {
    @Test("an empty directory gets the whole schema")
    func fromNothing() throws {
        let scratch = try TemporaryDirectory()
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        let tables = try store.database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        }
        #expect(tables == ["exerciseProgress", "grdb_migrations", "learner", "lessonProgress", "pluginDocument", "pluginLog"])
        #expect(try store.database.read(StoreSchema.migrator.hasCompletedMigrations))
        #expect(try store.integrityProblems().isEmpty)
    }

    @Test("an empty file is a new database")
    func fromEmptyFile() throws {
        let scratch = try TemporaryDirectory()
        try Data().write(to: scratch.databaseURL)
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        #expect(try store.progress(lesson: "01-parameters") == LessonProgress(lessonID: "01-parameters"))
    }

    @Test("opening again keeps the data, the learner and the applied migrations")
    func reopening() throws {
        let scratch = try TemporaryDirectory()
        let first = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        try first.setStep(4, lesson: "01-parameters")
        let migrations = try first.database.read(StoreSchema.migrator.appliedIdentifiers)
        for _ in 0..<3 {
            let again = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
            #expect(again.learnerID == first.learnerID)
            #expect(try again.progress(lesson: "01-parameters").step == 4)
            #expect(try again.database.read(StoreSchema.migrator.appliedIdentifiers) == migrations)
        }
    }

    @Test("a database migrated by a newer knobs is refused, not written")
    func newerSchema() throws {
        let scratch = try TemporaryDirectory()
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        try store.database.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99 from the future')")
        }
        #expect(throws: StoreError.newerSchema(path: scratch.databaseURL.path)) {
            try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        }
    }

    @Test("a file that is not a database is an error with its path, not a crash")
    func notADatabase() throws {
        let scratch = try TemporaryDirectory()
        try Data(String(repeating: "not sqlite ", count: 100).utf8).write(to: scratch.databaseURL)
        let error = try #require(throws: StoreError.self) {
            try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        }
        guard case .database(let path, _) = error else {
            Issue.record("expected a database error, got \(error)")
            return
        }
        #expect(path == scratch.databaseURL.path)
    }

    @Test("a missing directory is an error with its path")
    func missingDirectory() throws {
        let scratch = try TemporaryDirectory()
        let url = scratch.url.appendingPathComponent("absent/knobs.sqlite")
        #expect(throws: StoreError.self) {
            try ProgressStore.open(at: url, learner: "ada")
        }
    }

    @Test("WAL, foreign keys, and commits synced to disk (synchronous = FULL)")
    func connectionSettings() throws {
        let scratch = try TemporaryDirectory()
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        let (journal, foreignKeys, synchronous) = try store.database.writeWithoutTransaction { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                try Bool.fetchOne(db, sql: "PRAGMA foreign_keys"),
                try Int.fetchOne(db, sql: "PRAGMA synchronous")
            )
        }
        #expect(journal == "wal")
        #expect(foreignKeys == true)
        #expect(synchronous == 2, "2 is FULL")
        #expect(try store.database.read { try Bool.fetchOne($0, sql: "PRAGMA foreign_keys") } == true)
    }

    @Test("the database and its WAL are readable by their owner only")
    func privateFiles() throws {
        let scratch = try TemporaryDirectory()
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        try store.setStep(1, lesson: "01-parameters")
        for suffix in ["", "-wal"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: scratch.databaseURL.path + suffix)
            #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600, "knobs.sqlite\(suffix)")
        }
    }
}
