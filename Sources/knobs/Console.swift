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
        // The bytes copied as they are: Data(text.utf8) costs a start-up a search of the Swift runtime's
        // protocol conformances (whether String.UTF8View is ContiguousBytes), more than writing the greeting.
        var text = text
        text.withUTF8 { bytes in
            guard let start = bytes.baseAddress else { return }
            handle.write(Data(bytes: start, count: bytes.count))
        }
    }
}
