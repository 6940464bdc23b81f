import Foundation
import KnobsLang

/// Helpers to look at rendered text.
enum TextChecks {
    /// The text without ANSI escape sequences.
    static func strippingEscapes(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }

    /// The lines of a text that ends in a newline.
    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The display column at which `mark` first appears in `line`, if it does.
    static func column(of mark: Character, in line: String) -> Int? {
        guard let index = line.firstIndex(of: mark) else { return nil }
        return DisplayWidth.of(line[..<index])
    }
}
