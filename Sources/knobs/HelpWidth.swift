import Foundation

/// The width argument-parser wraps its help and usage messages to, kept wide enough.
///
/// argument-parser takes `COLUMNS`, else the terminal's width, and stops with a fatal error
/// ("`columns - wrappingIndent` should be always be greater than 0") when that is narrower
/// than the column its option help starts at: `COLUMNS=20 knobs --help`, or any usage error
/// on a narrow terminal, crashed. Before it renders a message, a narrower width (or a
/// `COLUMNS` that is not a positive number) is raised to ``minimum`` through `COLUMNS`,
/// which it reads first. knobs's own output reads the width before this runs.
enum HelpWidth {
    /// Wider than any help column of knobs's commands (they start by column 30).
    static let minimum = 40

    static func raiseForArgumentParser() {
        let fromEnvironment = ProcessInfo.processInfo.environment["COLUMNS"]
        var window = winsize()
        let columns = fromEnvironment.map { Int($0.trimmingCharacters(in: .whitespaces)) ?? 0 }
            ?? (ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0 && window.ws_col > 0 ? Int(window.ws_col) : nil)
        if let columns, columns < minimum { setenv("COLUMNS", String(minimum), 1) }
    }
}
