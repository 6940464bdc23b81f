import Foundation

/// What the renderers need to know about where their text goes: how wide it
/// may be, whether it may be coloured, and whether it may use Unicode.
///
/// ``current(environment:)`` reads the facts from the process; tests and
/// hosts that write elsewhere make one by hand:
///
/// ```swift
/// let plain = Terminal(width: 40, color: false, unicode: true)
/// ```
public struct Terminal: Sendable, Equatable {
    /// Columns available, at least ``minimumWidth``.
    public var width: Int
    /// Whether ANSI colours and styles may be written.
    public var color: Bool
    /// Whether characters outside ASCII (braille, box drawing, bullets) may be
    /// written; false when the locale is not UTF-8, which makes every
    /// renderer fall back to ASCII.
    public var unicode: Bool

    /// Narrower than this, nothing is laid out sensibly.
    public static let minimumWidth = 20

    public init(width: Int, color: Bool, unicode: Bool) {
        self.width = max(width, Terminal.minimumWidth)
        self.color = color
        self.unicode = unicode
    }

    /// The facts from what the process can observe: the window size of
    /// standard output, else `COLUMNS`, else 80 columns; colour only when
    /// standard output is a terminal and neither `NO_COLOR` (when not empty)
    /// nor `TERM=dumb` says otherwise; Unicode when the locale
    /// (`LC_ALL`, else `LC_CTYPE`, else `LANG`) names UTF-8.
    ///
    /// - Parameters:
    ///   - environment: the variables to read.
    ///   - isTerminal: whether standard output is a terminal.
    ///   - windowColumns: the width the terminal reports, if it does.
    public static func detect(environment: [String: String], isTerminal: Bool, windowColumns: Int?) -> Terminal {
        Terminal(
            width: width(environment: environment, windowColumns: windowColumns),
            color: isTerminal && colorAllowed(environment: environment),
            unicode: localeIsUTF8(environment: environment))
    }

    static func width(environment: [String: String], windowColumns: Int?) -> Int {
        if let columns = windowColumns, columns > 0 { return columns }
        if let text = environment["COLUMNS"], let columns = Int(text.trimmingCharacters(in: .whitespaces)), columns > 0 {
            return columns
        }
        return 80
    }

    static func colorAllowed(environment: [String: String]) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    /// POSIX order: the first of `LC_ALL`, `LC_CTYPE`, `LANG` that is set and
    /// not empty decides; none means the C locale, which is ASCII.
    static func localeIsUTF8(environment: [String: String]) -> Bool {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? "C"
        // Not replacingOccurrences: Foundation's string search costs a start-up 0.6 million instructions.
        let normalized = locale.lowercased().filter { $0 != "-" }
        return normalized.contains("utf8")
    }
}
