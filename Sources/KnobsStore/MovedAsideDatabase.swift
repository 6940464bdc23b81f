import Foundation

/// A damaged database that the store moved aside, rather than delete it, before it made a new one.
///
/// The file keeps its write-ahead log beside it under its new name, so the `sqlite3` shell
/// can still open it and read what can be read.
public struct MovedAsideDatabase: Equatable, Sendable, CustomStringConvertible {
    /// Where the database was, and the new one is.
    public let originalURL: URL
    /// Where the damaged file is now.
    public let url: URL
    /// What SQLite found wrong.
    public let reason: String

    public var description: String {
        "the progress database \(originalURL.path) was damaged (\(reason)), so it was moved to \(url.path) "
            + "and a new, empty one was made; what you did before is only in the moved file"
    }
}
