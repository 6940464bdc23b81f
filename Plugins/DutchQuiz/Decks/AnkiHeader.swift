import KnobsPluginAPI

/// The `#key:value` lines at the top of an Anki export, as Anki 2.1.54 and later write and read them.
struct AnkiHeader {
    let source: SourceFile
    private(set) var problems: [Diagnostic] = []
    private(set) var separator: UInt8?
    private(set) var html: Bool?
    /// The raw `#columns:` value, split once the separator is known.
    private(set) var columns: String?
    private(set) var tags: [String] = []
    private(set) var tagsColumn: Int?
    private(set) var metadataColumns: [Int] = []

    static let keys = ["separator", "html", "tags", "columns", "notetype", "deck", "notetype column", "deck column", "tags column", "guid column"]

    /// The separators Anki names, by name and by character.
    static let separators: [String: UInt8] = [
        "tab": 9, "\t": 9, "comma": 44, ",": 44, "semicolon": 59, ";": 59, "space": 32, " ": 32,
        "pipe": 124, "|": 124, "colon": 58, ":": 58,
    ]

    init(source: SourceFile) {
        self.source = source
    }

    /// The header key a line names (`#html:true` names `html`), or nil when it is not a header line.
    static func key(of line: String) -> String? {
        guard line.hasPrefix("#"), let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[line.index(after: line.startIndex)..<colon].lowercased()
        return keys.contains(key) ? key : nil
    }

    /// Reads one line; false when the header is over (the line is not a header line).
    mutating func read(_ line: TextLine) -> Bool {
        let text = source.slice(SourceRange(line.start, line.end))
        guard let key = AnkiHeader.key(of: text), let colon = text.firstIndex(of: ":") else { return false }
        let raw = String(text[text.index(after: colon)...])
        let value = raw.trimmingBlanks()
        let valueStart = line.start + text[...colon].utf8.count
        let place = SourceRange(valueStart, max(line.end, valueStart + 1))
        switch key {
        case "separator":
            if let byte = AnkiHeader.separators[value.lowercased()] ?? AnkiHeader.separators[raw] {
                separator = byte
            } else {
                problems.append(source.deckProblem(
                    "'\(value)' is not a separator Anki knows", at: place,
                    hint: "write one of Tab, Comma, Semicolon, Space, Pipe or Colon"))
            }
        case "html":
            switch value.lowercased() {
            case "true": html = true
            case "false": html = false
            default: problems.append(source.deckProblem("#html is true or false, not '\(value)'", at: place, hint: "write #html:true or #html:false"))
            }
        case "columns":
            columns = raw
        case "tags":
            tags = value.split(whereSeparator: \.isWhitespace).map(String.init)
        case "tags column", "guid column", "notetype column", "deck column":
            guard let number = Int(value), number >= 1 else {
                problems.append(source.deckProblem(
                    "#\(key) is a column number (1 for the first column), not '\(value)'", at: place,
                    hint: "write, for example, #\(key):3"))
                return true
            }
            if key == "tags column" { tagsColumn = number } else { metadataColumns.append(number) }
        default:
            break  // #notetype and #deck name where Anki puts the notes; a deck has no use for them
        }
        return true
    }
}
