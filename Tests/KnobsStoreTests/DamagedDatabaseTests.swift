import Foundation
import GRDB
import Testing
@testable import KnobsStore

/// A damaged database is moved aside with its log, never deleted, and a new one made; a
/// file a newer SQLite or a newer knobs wrote is refused and left as it was.
@Suite("Damaged databases")
struct DamagedDatabaseTests {
    /// The files in the scratch directory, by name.
    private func names(_ scratch: TemporaryDirectory) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).filter { !$0.hasSuffix(".lock") }.sorted()
    }

    /// A database holding one step of progress, closed, with a page of `lessonProgress` overwritten.
    private func databaseWithDamagedPage(_ scratch: TemporaryDirectory) throws {
        do {
            let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
            try store.setStep(3, lesson: "01-parameters")
        }
        // The store leaves its log as it is at close; a plain connection's close copies it into the file.
        let plain = try DatabaseQueue(path: scratch.databaseURL.path)
        let rootPage = try plain.read { try Int.fetchOne($0, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'lessonProgress'") } ?? 0
        try plain.close()
        #expect(!FileManager.default.fileExists(atPath: scratch.databaseURL.path + "-wal"), "closing checkpoints the log into the file")
        let handle = try FileHandle(forUpdating: scratch.databaseURL)
        try handle.seek(toOffset: UInt64((rootPage - 1) * 4096))
        try handle.write(contentsOf: Data(repeating: 0xFF, count: 64))
        try handle.close()
    }

    @Test("moving aside renames the file and its log to a name with the UTC time, never over another")
    func movingAside() throws {
        let scratch = try TemporaryDirectory()
        let garbage = Data(String(repeating: "not sqlite ", count: 100).utf8)
        try garbage.write(to: scratch.databaseURL)
        try Data("a log".utf8).write(to: URL(fileURLWithPath: scratch.databaseURL.path + "-wal"))
        let when = try #require(ISO8601DateFormatter().date(from: "2024-03-01T09:05:07Z"))
        let damage = DatabaseDamage(reason: "file is not a database")
        let aside = try damage.moveAside(scratch.databaseURL.path, at: when)
        #expect(aside.url.lastPathComponent == "knobs.damaged-2024-03-01T090507Z.sqlite")
        #expect(FileManager.default.contents(atPath: aside.url.path) == garbage)
        #expect(FileManager.default.contents(atPath: aside.url.path + "-wal") == Data("a log".utf8))
        #expect(try names(scratch) == ["knobs.damaged-2024-03-01T090507Z.sqlite", "knobs.damaged-2024-03-01T090507Z.sqlite-wal"])
        // A second file damaged in the same second gets a name of its own.
        try garbage.write(to: scratch.databaseURL)
        #expect(try damage.moveAside(scratch.databaseURL.path, at: when).url.lastPathComponent == "knobs.damaged-2024-03-01T090507Z-2.sqlite")
    }

    @Test("opening a file that is not a database moves it aside and starts afresh, saying so")
    func openingGarbage() throws {
        let scratch = try TemporaryDirectory()
        let garbage = Data(String(repeating: "not sqlite ", count: 100).utf8)
        try garbage.write(to: scratch.databaseURL)
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        let aside = try #require(store.movedAside)
        #expect(aside.reason.contains("not a database"), "\(aside.reason)")
        #expect(aside.originalURL == scratch.databaseURL)
        #expect(FileManager.default.contents(atPath: aside.url.path) == garbage)
        #expect(aside.description.contains(aside.url.path) && aside.description.contains("damaged"))
        try store.setStep(2, lesson: "01-parameters")
        #expect(try store.progress(lesson: "01-parameters").step == 2)
        #expect(try store.integrityProblems().isEmpty)
        #expect(try ProgressStore.open(at: scratch.databaseURL, learner: "ada").movedAside == nil, "the new one is sound")
    }

    @Test("a damaged page that quick_check finds moves the file aside; sqlite3 still reads the rest of it")
    func damagedPage() throws {
        let scratch = try TemporaryDirectory()
        try databaseWithDamagedPage(scratch)
        let damaged = try #require(FileManager.default.contents(atPath: scratch.databaseURL.path))
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        let aside = try #require(store.movedAside)
        #expect(FileManager.default.contents(atPath: aside.url.path) == damaged, "moved as it was, not rewritten")
        #expect(try store.progress(lesson: "01-parameters").step == 0, "a new database")
        let learners = try DatabaseQueue(path: aside.url.path).read { try String.fetchAll($0, sql: "SELECT name FROM learner") }
        #expect(learners == ["ada"], "the undamaged tables of the moved file can still be read")
    }

    @Test("a damaged file last written by a newer SQLite is refused and left where it is")
    func newerSQLite() throws {
        let scratch = try TemporaryDirectory()
        try databaseWithDamagedPage(scratch)
        let handle = try FileHandle(forUpdating: scratch.databaseURL)
        try handle.seek(toOffset: 96)
        try handle.write(contentsOf: Data([0x7F, 0, 0, 0]))
        try handle.close()
        let before = try #require(FileManager.default.contents(atPath: scratch.databaseURL.path))
        #expect(throws: StoreError.newerSchema(path: scratch.databaseURL.path)) {
            try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        }
        #expect(FileManager.default.contents(atPath: scratch.databaseURL.path) == before)
        #expect(try names(scratch) == ["knobs.sqlite"])
    }

    @Test("a lock held too long or a full disk is not damage")
    func otherErrorsAreNotDamage() {
        #expect(DatabaseDamage(DatabaseError(resultCode: .SQLITE_BUSY)) == nil)
        #expect(DatabaseDamage(DatabaseError(resultCode: .SQLITE_FULL)) == nil)
        #expect(DatabaseDamage(DatabaseError(resultCode: .SQLITE_IOERR)) == nil)
        #expect(DatabaseDamage(DatabaseError(resultCode: .SQLITE_CORRUPT)) != nil)
        #expect(DatabaseDamage(DatabaseError(resultCode: .SQLITE_NOTADB)) != nil)
    }
}
