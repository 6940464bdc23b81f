import Foundation

/// A folder knobs may read but not write, and how to run knobs so that this holds.
///
/// Permissions do not bind root: as root (CI), knobs runs as the user `nobody` through
/// `setpriv`, and the folder stays root's; as anyone else, the folder's mode becomes 0555.
/// Either way the folder and its files must be readable by the user knobs runs as.
enum ReadOnlyFolder {
    /// The user knobs runs as when the tests run as root.
    static let nobody: (uid: UInt32, gid: UInt32) = (65534, 65534)

    /// Makes `folder` read-only for the knobs about to run.
    static func protect(_ folder: TemporaryDirectory) throws {
        if geteuid() != 0 {
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        }
    }

    /// Makes it writable again, so that it can be removed.
    static func release(_ folder: TemporaryDirectory) throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
    }

    /// The executable and arguments that run `knobs ARGUMENTS` as the user for whom the folder is read-only.
    static func command(_ knobs: URL, _ arguments: [String]) -> (executable: URL, arguments: [String]) {
        guard geteuid() == 0 else { return (knobs, arguments) }
        return (URL(fileURLWithPath: "/usr/bin/setpriv"),
                ["--reuid=\(nobody.uid)", "--regid=\(nobody.gid)", "--clear-groups", knobs.path] + arguments)
    }

    /// Why the test cannot run here, or nil when it can.
    static let unavailable: String? = {
        if geteuid() == 0, !FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") {
            return "as root, a read-only folder needs setpriv (util-linux) to run knobs as nobody"
        }
        return nil
    }()
}
