import CSQLiteSettings
import Foundation
import GRDB

/// Opens the database the way every knobs process must: WAL, foreign keys,
/// durable commits, a patient wait for other writers, and the current schema.
///
/// One connection (a GRDB `DatabaseQueue`): a knobs process reads and writes
/// its progress from one thread, at a learner's pace, so a pool of reader
/// connections would only cost time to set up. Other processes still read
/// while this one writes, as WAL allows.
enum StoreConnection {
    /// How long a write waits for another process's transaction before failing.
    ///
    /// knobs's transactions are a few rows at human pace, so only a stuck
    /// process makes a write wait this long.
    static let busyTimeout: TimeInterval = 10

    /// Opens (creating if needed) and migrates the database at `path`.
    ///
    /// A new file is created with mode 0600 before SQLite opens it; SQLite gives
    /// the `-wal` and `-shm` files beside it the same mode.
    ///
    /// - Throws: ``StoreError/newerSchema(path:)`` for a database from a newer
    ///   knobs, ``StoreError/cannotCreate(path:reason:)`` for a file that cannot be made.
    static func connect(path: String) throws -> DatabaseQueue {
        try SetupLock.holding(beside: path) {
            try createPrivateFile(path)
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.busyMode = .timeout(busyTimeout)
            configuration.prepareDatabase(setUp)
            let database = try DatabaseQueue(path: path, configuration: configuration)
            let migrator = StoreSchema.migrator
            if try database.read(migrator.hasBeenSuperseded) {
                throw StoreError.newerSchema(path: path)
            }
            try migrator.migrate(database)
            return database
        }
    }

    /// The settings of the connection, made when it opens.
    private static func setUp(_ db: Database) throws {
        try useWAL(db)
        try makeCommitsDurable(db)
        try keepWALOnClose(db)
    }

    /// Leaves the WAL as it is when the connection closes, instead of copying
    /// it into the database file then.
    ///
    /// A checkpoint at close costs two syncs (the WAL, then the database file):
    /// on this project's virtual disks, more than CPython's whole start-up, at
    /// every start of the REPL. Nothing is less durable: a commit is synced to
    /// the WAL when it returns, and the next connection reads the WAL as it
    /// finds it. SQLite still checkpoints while writing, once the WAL holds
    /// 1,000 pages.
    private static func keepWALOnClose(_ db: Database) throws {
        guard let connection = db.sqliteConnection, knobs_sqlite_keep_wal_on_close(UnsafeMutableRawPointer(connection)) == 0 else {
            throw DatabaseError(message: "could not keep the WAL on close")
        }
    }

    /// WAL: a commit appends to the `-wal` file, and other processes read while one writes.
    ///
    /// The mode is kept in the file, so only a new database changes; that
    /// happens while ``SetupLock`` is held, since SQLite cannot switch a file
    /// another connection has open.
    private static func useWAL(_ db: Database) throws {
        guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
            throw DatabaseError(message: "could not switch the database to WAL mode")
        }
    }

    /// Makes every commit reach the disk before it returns.
    ///
    /// In WAL mode a commit appends to the `-wal` file. With `synchronous =
    /// NORMAL` the append survives the process being killed, since the kernel
    /// holds the written pages, but not a power cut or a kernel crash, which may
    /// roll back the last commits. `FULL` syncs the WAL at each commit, so a
    /// commit that returned survives those too; `fullfsync` asks macOS for the
    /// stronger `F_FULLFSYNC` (other systems ignore it). The price, one sync
    /// per commit, is nothing at the pace of a learner. Synchronous is a
    /// setting of the connection, made each time it opens.
    private static func makeCommitsDurable(_ db: Database) throws {
        try db.execute(sql: "PRAGMA synchronous = FULL; PRAGMA fullfsync = ON")
    }

    private static func createPrivateFile(_ path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw StoreError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
        close(descriptor)
    }
}
