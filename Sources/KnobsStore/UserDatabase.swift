import Foundation

/// The system's record of the current user (`getpwuid_r`), for when the environment says nothing.
enum UserDatabase {
    /// The current user's home directory, if the user database has one.
    static func homeDirectory() -> String? {
        entry { String(cString: $0.pw_dir) }
    }

    /// The current user's login name, if the user database has one.
    static func userName() -> String? {
        entry { String(cString: $0.pw_name) }
    }

    /// One field of the current user's entry, copied out before the buffer that holds the entry's strings is freed.
    private static func entry(_ field: (passwd) -> String) -> String? {
        var record = passwd()
        var found: UnsafeMutablePointer<passwd>?
        let size = 16 * 1024
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: size)
        defer { buffer.deallocate() }
        guard getpwuid_r(getuid(), &record, buffer, size, &found) == 0, found != nil else {
            return nil
        }
        let value = field(record)
        return value.isEmpty ? nil : value
    }
}

