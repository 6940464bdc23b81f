import Foundation

/// A real disk that fills up: a tmpfs of a few hundred KiB mounted on a fresh directory,
/// which ``fill()`` fills to the last byte and ``free()`` empties again.
///
/// Mounting needs the right to (root on Linux, as in CI); ``make(kibibytes:)`` returns nil
/// where it is not given, and the tests that need one say they were skipped.
final class SmallDisk {
    let directory: TemporaryDirectory
    private var filler: URL { directory.url.appendingPathComponent("filler") }

    private init(directory: TemporaryDirectory) {
        self.directory = directory
    }

    /// Why a small disk cannot be had here, or nil when it can.
    static let unavailable: String? = {
        guard geteuid() == 0 else { return "mounting a tmpfs needs root" }
        guard let probe = make(kibibytes: 64) else { return "mount -t tmpfs failed" }
        _ = probe
        return nil
    }()

    /// Mounts a tmpfs of `kibibytes` KiB on a fresh directory; nil when that is not allowed.
    static func make(kibibytes: Int) -> SmallDisk? {
        guard geteuid() == 0, let directory = try? TemporaryDirectory() else { return nil }
        guard run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kibibytes)k,mode=0755", "tmpfs", directory.path]) else { return nil }
        return SmallDisk(directory: directory)
    }

    /// Writes a file until the disk has no byte left.
    func fill() throws {
        FileManager.default.createFile(atPath: filler.path, contents: nil)
        let handle = try FileHandle(forWritingTo: filler)
        defer { try? handle.close() }
        let block = Data(repeating: 0, count: 4096)
        while (try? handle.write(contentsOf: block)) != nil {}
        // The last block may have gone in part: fill what is left byte by byte.
        while (try? handle.write(contentsOf: Data([0]))) != nil {}
    }

    /// Removes what ``fill()`` wrote.
    func free() throws {
        try FileManager.default.removeItem(at: filler)
    }

    deinit {
        _ = Self.run("/bin/umount", ["-l", directory.path])
    }

    private static func run(_ executable: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
