import Foundation
import KnobsStore

/// A fresh directory under the system's temporary directory, removed when the value is freed.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("knobs-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
    }

    /// The database file of a data directory here.
    var databaseURL: URL { DataDirectory(url: url).databaseURL }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
