import ArgumentParser
import Foundation

/// A file a command writes where the command line says: written whole, never over one of the
/// command's own inputs; when it cannot be, one error that says why and what to do, and exit 2.
enum OutputFile {
    /// Writes `data` to `path`, replacing a file there.
    ///
    /// A file is written whole or not at all (to a temporary file, renamed over it); a
    /// device or a pipe (`/dev/stdout`, `/dev/null`, a FIFO) is written to as it is.
    ///
    /// - Parameters:
    ///   - inputs: The files the command read: writing over one (the key, a lesson) is refused.
    ///   - role: What the file is, for the message: `the report`, `the gradebook`.
    /// - Throws: ``ExitCode`` 2, the problem written to standard error.
    static func write(_ data: Data, to path: String, as role: String, inputs: [String] = []) throws {
        try write(to: path, as: role, inputs: inputs) { try $0.write(contentsOf: data) }
    }

    /// Writes what `body` writes to the handle it is given to `path`, whole or not at all, as
    /// ``write(_:to:as:inputs:)`` does: for a file too big to make in memory first.
    static func write(to path: String, as role: String, inputs: [String] = [], _ body: (FileHandle) throws -> Void) throws {
        if let problem = problem(path, as: role, inputs: inputs) { throw InputFile.refuse(problem.message, hint: problem.hint) }
        do {
            if isSpecial(path) {
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
                defer { try? handle.close() }
                try body(handle)
            } else {
                try writeWhole(to: path, body)
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw InputFile.refuse("cannot write \(role) '\(path)': \(reason(error))", hint: "check that \(folder(of: path)) is a folder you may write in, with space on its disk")
        }
    }

    /// Writes a temporary file beside `path` and renames it over `path`; on failure, removes it.
    private static func writeWhole(to path: String, _ body: (FileHandle) throws -> Void) throws {
        let file = try TemporaryFile(in: folder(of: path), prefix: ".knobs-")
        let (temporary, handle) = (file.path, file.handle)
        do {
            let mask = umask(0)
            umask(mask)
            fchmod(handle.fileDescriptor, 0o666 & ~mask)  // as a file the command made itself: mkstemp's is the owner's only
            try body(handle)
            try handle.close()
            guard rename(temporary, path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Why `data` cannot go to `path`, with a hint; nil when nothing is wrong yet.
    static func problem(_ path: String, as role: String, inputs: [String] = []) -> (message: String, hint: String)? {
        var isDirectory: ObjCBool = false
        let folder = folder(of: path)
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return ("cannot write \(role) '\(path)': there is no folder \(folder)", "make it first: mkdir -p '\(folder)'")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return ("cannot write \(role) '\(path)': it is a folder", "give a file name, as \(path.hasSuffix("/") ? path : path + "/")NAME")
        }
        if let input = inputs.first(where: { sameFile(path, $0) }) {
            return ("cannot write \(role) over '\(input)', which it is made from", "write it to another file")
        }
        if access(folder, W_OK) != 0 {
            return ("cannot write \(role) '\(path)': \(String(cString: strerror(errno)).lowercased())", "write it in a folder you may write in")
        }
        return nil
    }

    /// Whether `path` is something other than a regular file (a device, a pipe): renaming a
    /// file over `/dev/null` would replace it for everyone.
    private static func isSpecial(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT != S_IFREG
    }

    /// The folder a file at `path` goes in.
    private static func folder(of path: String) -> String {
        let folder = TypedPath.folder(of: path)
        return folder.isEmpty ? "." : folder
    }

    /// Whether two paths name one existing file (the same device and inode).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var first = stat(), second = stat()
        return stat(a, &first) == 0 && stat(b, &second) == 0 && first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    /// The system's reason for a failed write, without Foundation's "The operation could not be completed."
    static func reason(_ error: any Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)).lowercased() }
        if (error as NSError).domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32((error as NSError).code))).lowercased() }
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        return error.localizedDescription
    }
}
