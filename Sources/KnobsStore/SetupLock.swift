import Foundation

/// An exclusive lock (`flock`) on a file beside the database, held while one
/// process sets the database up.
///
/// Two knobs processes may open a new database at the same moment. SQLite
/// cannot switch a file to WAL while another connection has it open, and GRDB's
/// migrator reads which migrations ran before it starts their transactions, so
/// both processes could try the same migration. Holding this lock from opening
/// to the last migration makes the second process find the work done. The
/// kernel drops the lock when its holder exits, even when killed.
enum SetupLock {
    /// Runs `body` while holding the lock on `databasePath` + `.lock`.
    static func holding<T>(beside databasePath: String, _ body: () throws -> T) throws -> T {
        let path = databasePath + ".lock"
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw StoreError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            let error = errno
            guard error == EINTR else {
                throw StoreError.database(path: databasePath, message: "cannot lock \(path): \(String(cString: strerror(error)))")
            }
        }
        return try body()
    }
}
