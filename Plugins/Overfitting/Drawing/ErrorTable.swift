import Foundation
import KnobsPluginAPI

/// A table of errors, one row per degree, size or fold, rendered as
/// Markdown for the terminal: numbers right-aligned, the best row marked.
struct ErrorTable {
    let headers: [String]
    let rows: [[String]]
    /// The row marked `← best`, if any.
    let best: Int?
    /// Lines of Markdown under the table (footnotes).
    var notes: [String] = []

    func render(terminal: Terminal) -> String {
        // A last column, without a header, holds the mark when there is a best row.
        let marked = best == nil ? rows : rows.enumerated().map { index, row in row + [index == best ? "← best" : ""] }
        let header = best == nil ? headers : headers + [""]
        var lines = ["| " + header.joined(separator: " | ") + " |",
                     "|" + String(repeating: "---:|", count: headers.count) + (best == nil ? "" : ":---|")]
        lines += marked.map { "| " + $0.joined(separator: " | ") + " |" }
        if !notes.isEmpty { lines += [""] + notes }
        return MarkdownRenderer(terminal: terminal).render(lines.joined(separator: "\n") + "\n")
    }

    /// An error with 4 significant digits; one that is rounding noise next to `largest` shows as 0.
    static func number(_ value: Double, largest: Double) -> String {
        guard value.isFinite else { return NumberFormatting.shortest(value) }
        if abs(value) <= 1e-12 * abs(largest) { return "0" }
        return String(format: "%.4g", value)
    }
}
