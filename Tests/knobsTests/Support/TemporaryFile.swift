import Foundation

/// A file in a fresh temporary directory, removed with the directory.
final class TemporaryFile {
    let directory: URL
    let url: URL
    var path: String { url.path }

    /// Writes `contents` to a new file called `name`.
    init(named name: String = "program.knobs", contents: Data) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("knobs-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        url = directory.appendingPathComponent(name)
        try contents.write(to: url)
    }

    convenience init(named name: String = "program.knobs", text: String) throws {
        try self.init(named: name, contents: Data(text.utf8))
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }
}
