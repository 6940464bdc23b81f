import Foundation

/// Writes a script that a test then runs as a program, such as a stand-in `espeak-ng`.
///
/// A file this process has open for writing cannot be run (`ETXTBSY`, "text file
/// busy"), and neither can one whose writing descriptor a child forked at that
/// moment by another test inherited. With tests running in parallel that
/// happened: the stand-in failed to start in one CI run in hundreds. So the
/// text goes to a draft file, and `install` (a process of its own) copies it
/// into place with its mode: this process never opens the final file for
/// writing.
public enum ExecutableScript {
    /// Writes `text` as an executable file at `path` (mode 755).
    public static func write(_ text: String, to path: String) throws {
        let draft = path + ".draft"
        try Data(text.utf8).write(to: URL(fileURLWithPath: draft))
        defer { try? FileManager.default.removeItem(atPath: draft) }
        let install = Process()
        install.executableURL = URL(fileURLWithPath: "/usr/bin/install")
        install.arguments = ["-m", "755", draft, path]
        try install.run()
        install.waitUntilExit()
        guard install.terminationReason == .exit, install.terminationStatus == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
    }
}
