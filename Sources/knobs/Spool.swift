import ArgumentParser
import Foundation

/// Text put aside in an unnamed temporary file and read back once: a report's parts while
/// a batch is graded, so that memory does not grow with the batch, until the report's head
/// is known and the whole can be written.
///
/// The file is made in `TMPDIR` (else `/tmp`) and loses its name at once: nothing is left
/// behind, whatever ends the process.
final class Spool {
    private let handle: FileHandle

    /// A new, empty spool; exit 2 with a hint when no temporary file can be made.
    init() throws {
        let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        do {
            let file = try TemporaryFile(in: folder, prefix: "knobs-spool-")
            unlink(file.path)
            handle = file.handle
        } catch {
            throw InputFile.refuse("cannot make a temporary file in \(folder): \(OutputFile.reason(error))",
                                   hint: "name a folder you may write in with TMPDIR=FOLDER")
        }
    }

    /// Adds `text` at the end.
    func append(_ text: String) throws {
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            throw InputFile.refuse("cannot put the report aside while grading: \(OutputFile.reason(error))",
                                   hint: "free space in the temporary folder, or name another one with TMPDIR=FOLDER")
        }
    }

    /// Writes everything added, from the start, to `output`.
    func copy(to output: FileHandle) throws {
        try handle.seek(toOffset: 0)
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            try output.write(contentsOf: chunk)
        }
    }
}
