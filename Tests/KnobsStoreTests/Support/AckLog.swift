import Foundation

/// A child process's acknowledgements: one line per committed write, appended
/// with `write(2)` the moment the store returns.
///
/// The kernel keeps what was written even when the writer is killed the next
/// instant, so a line here is a write the child saw succeed. A last line cut
/// short by the kill has no newline and is no acknowledgement.
struct AckLog {
    private let descriptor: Int32

    /// Opens `path` for appending, creating it.
    init(appendingTo path: String) {
        descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        precondition(descriptor >= 0, "cannot open \(path)")
    }

    /// Acknowledges write number `number`.
    func acknowledge(_ number: Int) {
        let line = Array("\(number)\n".utf8)
        let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        precondition(written == line.count, "cannot write an acknowledgement")
    }

    /// The numbers acknowledged in the file at `path` so far, in order.
    static func read(_ path: String) -> [Int] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let text = String(decoding: data, as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().compactMap { Int($0) }
    }
}
