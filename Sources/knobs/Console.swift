import Foundation

/// Where output goes, and whether it may be coloured.
struct Console {
    let handle: FileHandle
    let descriptor: Int32

    static let standardOutput = Console(handle: .standardOutput, descriptor: STDOUT_FILENO)
    static let standardError = Console(handle: .standardError, descriptor: STDERR_FILENO)

    /// Colour only on a terminal, never with `NO_COLOR` set to anything but the empty string
    /// (as no-color.org asks), nor with `TERM=dumb`.
    var usesColor: Bool {
        usesColor(environment: ProcessInfo.processInfo.environment)
    }

    /// ``usesColor``, with the environment read already.
    func usesColor(environment: [String: String]) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(descriptor) == 1
    }

    func write(_ text: String) {
        handle.write(Data(text.utf8))
    }
}
