/// The start of a list item: `- `, `* `, `+ `, `1. ` or `1) `, and where its text begins.
struct ListMarker {
    /// Spaces before the marker.
    var indent: Int
    var ordered: Bool
    /// The bullet (`-`, `*`, `+`) or, for a numbered item, its delimiter (`.`, `)`).
    var symbol: Character
    var number: Int
    /// The column where the item's text starts; lines indented this far belong to the item.
    var contentColumn: Int
    /// The text of the marker's line after the marker.
    var content: String

    init?(_ line: String) {
        indent = MarkdownLine.indentation(line)
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let first = rest.first else { return nil }
        let markerLength: Int
        if "-*+".contains(first) {
            ordered = false
            symbol = first
            number = 1
            markerLength = 1
        } else {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard (1...9).contains(digits.count), let delimiter = rest.dropFirst(digits.count).first, delimiter == "." || delimiter == ")" else {
                return nil
            }
            ordered = true
            symbol = delimiter
            number = Int(digits) ?? 1
            markerLength = digits.count + 1
        }
        let afterMarker = rest.dropFirst(markerLength)
        let spaces = afterMarker.prefix { $0 == " " }.count
        if afterMarker.allSatisfy({ $0 == " " }) {
            // An empty item: its text (on later lines) starts one space after the marker.
            contentColumn = indent + markerLength + 1
            content = ""
            return
        }
        guard spaces >= 1 else { return nil }
        // Five or more spaces start indented code inside the item; the text then starts after one.
        let gap = spaces > 4 ? 1 : spaces
        contentColumn = indent + markerLength + gap
        content = String(afterMarker.dropFirst(gap))
    }

    /// Whether a paragraph may end here for this list: a bullet or a `1.` with text after it.
    var canInterruptParagraph: Bool {
        !content.isEmpty && (!ordered || number == 1)
    }

    /// Whether this marker starts the next item of the list that `first` started.
    func continues(_ first: ListMarker) -> Bool {
        ordered == first.ordered && symbol == first.symbol && indent < first.contentColumn
    }
}
