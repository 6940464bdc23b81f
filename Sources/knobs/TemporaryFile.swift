import Foundation

/// A new file of a unique name in a folder, made by `mkstemp` (readable and writable by
/// its owner only), open for reading and writing.
struct TemporaryFile {
    let path: String
    let handle: FileHandle

    /// A file `folder/PREFIX` plus six random characters; throws the system's error.
    init(in folder: String, prefix: String) throws {
        var template = Array((folder as NSString).appendingPathComponent(prefix + "XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }
}
