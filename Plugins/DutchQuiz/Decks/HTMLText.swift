/// Anki's HTML fields as plain text, and plain text as HTML for Anki.
enum HTMLText {
    /// The text a person sees in `html`: tags removed (a line break or block as `lineBreak`),
    /// `[sound:…]` references removed, entities decoded, blanks collapsed.
    static func plain(_ html: String, lineBreak: String = " ") -> String {
        var out = ""
        var rest = Substring(html)
        while let c = rest.first {
            if c == "<", let close = rest.firstIndex(of: ">") {
                let tag = rest[rest.index(after: rest.startIndex)..<close].lowercased()
                if breakingTags.contains(where: { tag == $0 || tag.hasPrefix($0 + " ") || tag.hasPrefix($0 + "/") || tag == "/" + $0 }) {
                    out.append(lineBreak)
                }
                rest = rest[rest.index(after: close)...]
            } else if c == "&", let (decoded, length) = entity(at: rest) {
                out.append(decoded)
                rest = rest.dropFirst(length)
            } else if rest.hasPrefix("[sound:"), let close = rest.firstIndex(of: "]") {
                rest = rest[rest.index(after: close)...]
            } else {
                out.append(c)
                rest = rest.dropFirst()
            }
        }
        return out.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `text` with the characters HTML gives a meaning to written as entities.
    static func escaped(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    /// Tags that separate text: a line break, a paragraph, a block.
    private static let breakingTags = ["br", "div", "p", "li", "tr", "td", "hr"]

    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
    ]

    /// The character an entity at the start of `text` stands for, and the entity's length.
    private static func entity(at text: Substring) -> (String, Int)? {
        guard let semicolon = text.prefix(12).firstIndex(of: ";") else { return nil }
        let body = text[text.index(after: text.startIndex)..<semicolon]
        let length = body.count + 2
        if let named = namedEntities[String(body)] { return (named, length) }
        guard body.first == "#" else { return nil }
        let digits = body.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let value, let scalar = Unicode.Scalar(value) else { return nil }
        return (String(scalar), length)
    }
}
