import Foundation

/// What can go wrong while finding, creating or using the progress database.
///
/// Every error of the store reaches callers as one of these cases, with the
/// path it concerns and a ``hint`` of what to do: no type of the database
/// library leaks out of the module.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Neither `$KNOBS_HOME`, `$XDG_DATA_HOME` nor a home directory is known.
    case noHomeDirectory
    /// The path exists but is not a directory, so the data cannot live there.
    case notADirectory(path: String)
    /// A directory (or the database file) could not be created.
    case cannotCreate(path: String, reason: String)
    /// The database was migrated by a newer knobs whose schema this one does not know.
    case newerSchema(path: String)
    /// SQLite refused an operation (a full disk, a lock held too long, a damaged file).
    case database(path: String, message: String)

    public var description: String {
        switch self {
        case .noHomeDirectory:
            return "cannot find a place for knobs's data: set KNOBS_HOME, XDG_DATA_HOME or HOME"
        case .notADirectory(let path):
            return "\(path) is not a directory, so knobs cannot keep its data there"
        case .cannotCreate(let path, let reason):
            return "cannot create \(path): \(reason)"
        case .newerSchema(let path):
            return "\(path) was written by a newer knobs, and this one leaves it as it is"
        case .database(let path, let message):
            return "progress database \(path): \(message)"
        }
    }

    /// What the learner can do about it, in a sentence.
    public var hint: String {
        switch self {
        case .noHomeDirectory:
            return "set KNOBS_HOME to a folder where knobs may keep your progress"
        case .notADirectory(let path):
            return "move \(path) out of the way, or set KNOBS_HOME to another folder"
        case .cannotCreate(let path, let reason):
            return Self.hint(for: reason, folder: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        case .newerSchema:
            return "update knobs to use it; or set KNOBS_HOME to another folder to start afresh"
        case .database(let path, let message):
            return Self.hint(for: message, folder: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        }
    }

    /// A hint for a system's or SQLite's message about a file in `folder` (their wording
    /// is fixed: strerror's, sqlite3_errstr's), and for the folder as it is now.
    private static func hint(for message: String, folder: String) -> String {
        let message = message.lowercased()
        if message.contains("full") || message.contains("no space") || message.contains("quota") || message.contains("too large") {
            return "free some space on the disk that holds \(folder)"
        }
        if message.contains("locked") || message.contains("busy") {
            return "another knobs is holding the database; finish it, or wait and try again"
        }
        // SQLite says only "unable to open database file" when it cannot make the -wal beside the database.
        if access(folder, W_OK) != 0 || message.contains("read-only") || message.contains("readonly") || message.contains("permission") {
            return "make \(folder) writable for you, or set KNOBS_HOME to a folder you can write to"
        }
        return "check \(folder) and the disk it is on, or set KNOBS_HOME to another folder"
    }
}
