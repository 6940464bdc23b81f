import Foundation
import GRDB

/// One learner's progress through the lessons, kept in the knobs database.
///
/// Open it once per process with ``open(at:learner:)``; it is safe to share
/// between threads, and several processes may use the same database at once.
/// Every method is one transaction: when a method returns, its change is
/// committed and synced to disk, so a crash or a `SIGKILL` afterwards loses
/// nothing it reported. Values go in and come out; no database type leaks.
public final class ProgressStore: Sendable {
    /// The learner whose progress this store reads and writes.
    public let learner: String
    /// The database file.
    public let databaseURL: URL

    let database: DatabaseQueue
    let learnerID: Int64

    private init(database: DatabaseQueue, databaseURL: URL, learner: String, learnerID: Int64) {
        self.database = database
        self.databaseURL = databaseURL
        self.learner = learner
        self.learnerID = learnerID
    }

    /// Opens the database at `url` for `learner`, creating the file, its schema
    /// and the learner as needed, and bringing an older schema up to date.
    ///
    /// The directory must exist (see ``DataDirectory/create()``).
    ///
    /// - Parameters:
    ///   - url: The database file, usually ``DataDirectory/databaseURL``.
    ///   - learner: Whose progress to use, usually ``DefaultLearner/name(environment:)``.
    /// - Returns: The open store.
    /// - Throws: A ``StoreError``; ``StoreError/newerSchema(path:)`` when a newer
    ///   knobs has changed the schema.
    public static func open(at url: URL, learner: String) throws -> ProgressStore {
        let path = url.path
        return try mappingErrors(path: path) {
            let database = try StoreConnection.connect(path: path)
            let learnerID = try database.write { db in
                // Look first: a transaction that only reads commits without a sync to disk.
                if let id = try SQLRequest<Int64>("SELECT id FROM learner WHERE name = \(learner)").fetchOne(db) { return id }
                try db.execute(literal: "INSERT INTO learner (name, createdAt) VALUES (\(learner), \(StoredDate.text(Date())))")
                return db.lastInsertedRowID
            }
            return ProgressStore(database: database, databaseURL: url, learner: learner, learnerID: learnerID)
        }
    }

    /// Runs SQLite's own checks of the whole file and of its foreign keys.
    ///
    /// - Returns: The problems found; empty when the database is sound.
    public func integrityProblems() throws -> [String] {
        try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
                let table: String = row[0], rowID: Int64 = row[1], parent: String = row[2]
                return "row \(rowID) of \(table) refers to a missing row of \(parent)"
            }
            return integrity + foreignKeys
        }
    }

    /// One write transaction, committed before this returns.
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        try Self.mappingErrors(path: databaseURL.path) { try database.write(updates) }
    }

    /// One write transaction, committed but not synced before this returns: for
    /// what the learner was never told is saved (when a lesson was opened). A
    /// killed process keeps it (the kernel holds the written pages); a power cut
    /// may lose it, and nothing else.
    func writeUnsynced<T>(_ updates: (Database) throws -> T) throws -> T {
        try Self.mappingErrors(path: databaseURL.path) {
            try database.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                defer { try? db.execute(sql: "PRAGMA synchronous = FULL") }
                var result: T?
                try db.inTransaction {
                    result = try updates(db)
                    return .commit
                }
                return result!
            }
        }
    }

    /// One read of a consistent snapshot.
    func read<T>(_ value: (Database) throws -> T) throws -> T {
        try Self.mappingErrors(path: databaseURL.path) { try database.read(value) }
    }

    /// Turns GRDB's errors into ``StoreError``s.
    private static func mappingErrors<T>(path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw StoreError.database(path: path, message: error.message ?? error.description)
        }
    }
}
