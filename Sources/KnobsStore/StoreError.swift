/// What can go wrong while finding, creating or using the progress database.
///
/// Every error of the store reaches callers as one of these cases, with the
/// path it concerns: no type of the database library leaks out of the module.
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
            return "\(path) was written by a newer knobs; update knobs to use it"
        case .database(let path, let message):
            return "progress database \(path): \(message)"
        }
    }
}
