import Foundation

/// Where output goes, and whether it may be coloured.
struct Console {
    let handle: FileHandle
    let descriptor: Int32

    static let standardOutput = Console(handle: .standardOutput, descriptor: STDOUT_FILENO)
    static let standardError = Console(handle: .standardError, descriptor: STDERR_FILENO)

    /// Colour only on a terminal, never with `NO_COLOR` set (any value) or `TERM=dumb`.
    var usesColor: Bool {
        let environment = ProcessInfo.processInfo.environment
        if environment["NO_COLOR"] != nil { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(descriptor) == 1
    }

    func write(_ text: String) {
        handle.write(Data(text.utf8))
    }
}
