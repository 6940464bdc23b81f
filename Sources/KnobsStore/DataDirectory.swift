import Foundation

/// Where knobs keeps a learner's data: the progress database and the REPL's history.
///
/// The first of these that is set wins:
/// 1. `$KNOBS_HOME`, used as it is;
/// 2. `$XDG_DATA_HOME/knobs`, when `XDG_DATA_HOME` is an absolute path (the
///    XDG Base Directory specification says to ignore a relative one);
/// 3. `~/.local/share/knobs`, with the home directory from `$HOME`, else from
///    the user database.
///
/// Empty variables count as unset. Resolving only computes the path;
/// ``create()`` makes the directory, private to the user (mode 0700), on first use.
public struct DataDirectory: Equatable, Sendable {
    /// The directory itself.
    public let url: URL

    /// A data directory at a known place, for tests and for callers that choose their own.
    public init(url: URL) {
        self.url = url.standardizedFileURL
    }

    /// The SQLite database of progress (and, later, quiz reviews).
    public var databaseURL: URL { url.appendingPathComponent("knobs.sqlite") }

    /// The file in which the REPL keeps its readline history.
    public var historyURL: URL { url.appendingPathComponent("history") }

    /// Finds the data directory the environment asks for, without touching the disk.
    ///
    /// - Parameter environment: The variables to read; the process's own by default.
    /// - Returns: The directory, which may not exist yet.
    /// - Throws: ``StoreError/noHomeDirectory`` when no variable is set and the
    ///   user database knows no home directory.
    public static func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> DataDirectory {
        if let knobsHome = nonEmpty(environment["KNOBS_HOME"]) {
            return DataDirectory(url: URL(fileURLWithPath: knobsHome, isDirectory: true))
        }
        if let dataHome = nonEmpty(environment["XDG_DATA_HOME"]), dataHome.hasPrefix("/") {
            return DataDirectory(url: URL(fileURLWithPath: dataHome, isDirectory: true).appendingPathComponent("knobs"))
        }
        guard let home = nonEmpty(environment["HOME"]) ?? UserDatabase.homeDirectory() else {
            throw StoreError.noHomeDirectory
        }
        let url = URL(fileURLWithPath: home, isDirectory: true)
            .appendingPathComponent(".local")
            .appendingPathComponent("share")
            .appendingPathComponent("knobs")
        return DataDirectory(url: url)
    }

    /// Creates the directory, and every missing parent, with mode 0700.
    ///
    /// Directories that already exist keep their permissions: a user who made
    /// `$KNOBS_HOME` themselves chose who may read it. Safe to call on every start,
    /// and when another knobs process creates the same directory at the same time.
    ///
    /// - Throws: ``StoreError/notADirectory(path:)`` when a file is in the way,
    ///   ``StoreError/cannotCreate(path:reason:)`` when `mkdir` fails.
    public func create() throws {
        var missing: [URL] = []
        var candidate = url
        while !Self.isDirectory(candidate) {
            if FileManager.default.fileExists(atPath: candidate.path) {
                throw StoreError.notADirectory(path: candidate.path)
            }
            missing.append(candidate)
            let parent = candidate.deletingLastPathComponent()
            if parent.path == candidate.path { break }
            candidate = parent
        }
        for directory in missing.reversed() where mkdir(directory.path, 0o700) != 0 {
            let error = errno
            guard error == EEXIST else {
                throw StoreError.cannotCreate(path: directory.path, reason: String(cString: strerror(error)))
            }
            guard Self.isDirectory(directory) else {
                throw StoreError.notADirectory(path: directory.path)
            }
        }
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }
}
