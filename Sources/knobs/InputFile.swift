import ArgumentParser
import Foundation
import KnobsLang

/// A file named on the command line, read whole; when it cannot be, one error that says why
/// (no such file, a folder, no permission) and what to do, on standard error, and exit 2.
enum InputFile {
    /// The bytes of the file at `path`.
    ///
    /// - Parameter role: What the file should be, for the message: `the lesson`, `the parameters file`.
    /// - Throws: ``ExitCode`` 2, the problem written to standard error.
    static func read(_ path: String, as role: String) throws -> Data {
        if let problem = problem(path, as: role) { throw refuse(problem.message, hint: problem.hint) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw refuse("cannot read \(role) '\(path)'", hint: "check that it is a file you may read")
        }
        return data
    }

    /// The bytes of the file at `path`, or of standard input when `path` is `-`, with the name
    /// its problems are reported under (`<stdin>` for standard input).
    ///
    /// - Throws: ``ExitCode`` 2, the problem written to standard error.
    static func readFileOrStandardInput(_ path: String, as role: String) throws -> (data: Data, name: String) {
        guard path != "-" else { return (FileHandle.standardInput.readDataToEndOfFile(), "<stdin>") }
        return (try read(path, as: role), path)
    }

    /// Why `path` cannot be read as `role`, with a hint; nil when nothing is wrong with it yet.
    static func problem(_ path: String, as role: String) -> (message: String, hint: String)? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            let url = URL(fileURLWithPath: path)
            let folder = url.deletingLastPathComponent()
            guard FileManager.default.fileExists(atPath: folder.path) else {
                return ("cannot read \(role) '\(path)': there is no folder \(folder.path)", "check the path")
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            let typedFolder = TypedPath.folder(of: path)
            let hint = NameSuggestion.closest(to: url.lastPathComponent, among: names).map {
                "did you mean '\(typedFolder.isEmpty ? $0 : typedFolder.hasSuffix("/") ? typedFolder + $0 : typedFolder + "/" + $0)'?"
            }
            return ("cannot read \(role) '\(path)': there is no such file", hint ?? "check the name; \(folder.path) holds no file by that name")
        }
        if isDirectory.boolValue {
            return ("cannot read \(role) '\(path)': it is a folder", "give a file inside it, as \(path.hasSuffix("/") ? path : path + "/")NAME")
        }
        if access(path, R_OK) != 0 {
            return ("cannot read \(role) '\(path)': \(String(cString: strerror(errno)).lowercased())", "check its permissions: ls -l '\(path)'")
        }
        return nil
    }

    /// Writes `message` and `hint` as an error to standard error; the exit code to throw.
    static func refuse(_ message: String, hint: String) -> ExitCode {
        Console.standardError.write("error: \(message)\n  = hint: \(hint)\n")
        return ExitCode(2)
    }
}
