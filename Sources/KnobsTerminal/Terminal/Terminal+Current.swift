import Foundation

extension Terminal {
    /// The facts of this process's standard output (see ``detect(environment:isTerminal:windowColumns:)``).
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> Terminal {
        let isTerminal = isatty(STDOUT_FILENO) == 1
        return detect(environment: environment, isTerminal: isTerminal, windowColumns: isTerminal ? windowColumns() : nil)
    }

    /// The width the terminal on standard output reports (`TIOCGWINSZ`), if any.
    private static func windowColumns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
