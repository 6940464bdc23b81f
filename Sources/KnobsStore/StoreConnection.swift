import Foundation
import GRDB

/// Opens the database the way every knobs process must: WAL, foreign keys,
/// durable commits, a patient wait for other writers, and the current schema.
enum StoreConnection {
    /// How long a write waits for another process's transaction before failing.
    ///
    /// knobs's transactions are a few rows at human pace, so only a stuck
    /// process makes a write wait this long.
    static let busyTimeout: TimeInterval = 10

    /// Opens (creating if needed), checks and migrates the database at `path`.
    ///
    /// A new file is created with mode 0600 before SQLite opens it; SQLite gives
    /// the `-wal` and `-shm` files beside it the same mode. A damaged file is
    /// moved aside and a new one made in its place (see ``DatabaseDamage``).
    ///
    /// - Returns: The pool, and the damaged file when one was moved aside.
    /// - Throws: ``StoreError/newerSchema(path:)`` for a database from a newer
    ///   knobs, ``StoreError/cannotCreate(path:reason:)`` for a file that cannot be made.
    static func openPool(path: String) throws -> (pool: DatabasePool, movedAside: MovedAsideDatabase?) {
        try SetupLock.holding(beside: path) {
            do {
                return (try openChecked(path: path), nil)
            } catch {
                guard let damage = error as? DatabaseDamage ?? DatabaseDamage(error) else { throw error }
                let movedAside = try damage.moveAside(path)
                return (try openChecked(path: path), movedAside)
            }
        }
    }

    /// Opens the database at `path`, checks it for damage and migrates it; the caller holds ``SetupLock``.
    private static func openChecked(path: String) throws -> DatabasePool {
        try createPrivateFile(path)
        try inspect(path: path)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        let pool = try DatabasePool(path: path, configuration: configuration)
        try makeCommitsDurable(pool)
        try StoreSchema.migrator.migrate(pool)
        return pool
    }

    /// Reads the file for damage and for a newer schema before anything writes to it.
    ///
    /// A pool writes as it opens (GRDB creates and drops a table when the `-wal` file is
    /// missing), which a damaged file or a newer knobs's must never see; a single
    /// connection that only reads writes nothing (it may rebuild the `-shm` index of the
    /// log after a crash, which is not the database).
    ///
    /// - Throws: ``DatabaseDamage``, or ``StoreError/newerSchema(path:)``.
    private static func inspect(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        let connection = try DatabaseQueue(path: path, configuration: configuration)
        try DatabaseDamage.check(connection)
        if try connection.read(StoreSchema.migrator.hasBeenSuperseded) {
            throw StoreError.newerSchema(path: path)
        }
    }

    /// Makes every commit reach the disk before it returns.
    ///
    /// In WAL mode a commit appends to the `-wal` file. With `synchronous =
    /// NORMAL` (GRDB's choice, which it sets when it opens a pool, so this must
    /// come after) the append survives the process being killed, since the
    /// kernel holds the written pages, but not a power cut or a kernel crash,
    /// which may roll back the last commits. `FULL` syncs the WAL at each commit,
    /// so a commit that returned survives those too; `fullfsync` asks macOS for
    /// the stronger `F_FULLFSYNC` (other systems ignore it). The price, one sync
    /// per commit, is nothing at the pace of a learner. Synchronous is a setting
    /// of the connection: the pool's one writer connection carries it.
    private static func makeCommitsDurable(_ pool: DatabasePool) throws {
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = FULL; PRAGMA fullfsync = ON")
        }
    }

    private static func createPrivateFile(_ path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw StoreError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
        close(descriptor)
    }
}
