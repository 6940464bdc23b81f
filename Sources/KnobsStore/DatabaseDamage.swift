import Foundation
import GRDB

/// A database file that SQLite finds damaged: `SQLITE_CORRUPT` (a page or the schema is not
/// what it should be) or `SQLITE_NOTADB` (the file does not begin as a database), from any
/// statement or from `PRAGMA quick_check` on opening.
///
/// Damage is never a reason to delete: ``moveAside(_:at:)`` renames the file (with its `-wal`
/// and `-shm`) to `knobs.damaged-<UTC time>.sqlite` beside it. A file last written by a newer
/// SQLite than this one is not damage this knobs may judge (a newer schema can read as
/// malformed to an older SQLite): it is refused, as ``StoreError/newerSchema(path:)``.
struct DatabaseDamage: Error {
    /// What SQLite said.
    let reason: String

    /// The damage `error` reports, or nil when it reports something else (a lock, a full disk).
    init?(_ error: any Error) {
        guard let error = error as? DatabaseError, [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) else { return nil }
        reason = error.message ?? error.description
    }

    init(reason: String) {
        self.reason = reason
    }

    /// Throws the damage `PRAGMA quick_check` finds: every page, index and constraint but
    /// the cross-checks of indexes against their tables, in one pass over the file.
    static func check(_ reader: some DatabaseReader) throws {
        let problems = try reader.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
        if problems != ["ok"] { throw DatabaseDamage(reason: problems.prefix(3).joined(separator: "; ")) }
    }

    /// Renames the damaged database at `path`, and its `-wal` and `-shm` files, out of the way.
    ///
    /// Call it while holding ``SetupLock``, with no connection to the file open in this process.
    ///
    /// - Throws: ``StoreError/newerSchema(path:)`` when a newer SQLite last wrote the file;
    ///   ``StoreError/database(path:message:)`` when it cannot be renamed.
    func moveAside(_ path: String, at date: Date = Date()) throws -> MovedAsideDatabase {
        if let writer = Self.writerVersion(path), writer > Database.sqliteLibVersionNumber {
            throw StoreError.newerSchema(path: path)
        }
        let original = URL(fileURLWithPath: path)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withDashSeparatorInDate]
        let stamp = formatter.string(from: date)
        let folder = original.deletingLastPathComponent()
        let stem = original.deletingPathExtension().lastPathComponent
        var target = folder.appendingPathComponent("\(stem).damaged-\(stamp)Z.sqlite")
        var copy = 1
        while FileManager.default.fileExists(atPath: target.path) {
            copy += 1
            target = folder.appendingPathComponent("\(stem).damaged-\(stamp)Z-\(copy).sqlite")
        }
        for suffix in ["-wal", "-shm", ""] where FileManager.default.fileExists(atPath: path + suffix) {
            guard rename(path + suffix, target.path + suffix) == 0 else {
                let why = String(cString: strerror(errno))
                throw StoreError.database(path: path, message: "\(reason), and it cannot be moved aside to \(target.path): \(why)")
            }
        }
        return MovedAsideDatabase(originalURL: original, url: target, reason: reason)
    }

    /// The SQLite version that last wrote the file (its header's bytes 96–99), when it has a header.
    private static func writerVersion(_ path: String) -> Int32? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 100), header.count == 100,
              header.prefix(16) == Data("SQLite format 3\0".utf8) else { return nil }
        return header[96..<100].reduce(Int32(0)) { $0 << 8 | Int32($1) }
    }
}
