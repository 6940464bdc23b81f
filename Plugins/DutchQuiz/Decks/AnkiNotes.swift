import KnobsPluginAPI

/// An Anki "Notes in Plain Text" export: its `#key:value` header lines and its rows of fields.
///
/// ```
/// #separator:tab
/// #html:true
/// #columns:Front	Back	Tags
/// #tags column:3
/// gewicht	weight	nl::ai
/// ```
///
/// Fields follow Anki's CSV rules: a field that starts with `"` runs to the next lone `"` and may
/// hold separators and line breaks, `""` standing for one quote. Lines starting with `#` after the
/// header are comments. Turn it into a deck with ``deck(name:mapping:)``.
public struct AnkiNotes: Sendable {
    /// One note: its fields in file order.
    public struct Row: Sendable {
        /// The line the note starts on.
        public var line: Int
        /// The fields as written (HTML and all), quotes removed.
        public var fields: [String]
        /// Where each field stands in the file.
        var ranges: [SourceRange]
        /// Whether each field is the file's bytes as they are (not quoted).
        var verbatim: [Bool]
    }

    /// The field separator (`#separator:`), a tab unless the file says otherwise.
    public var separator: Character
    /// Whether the fields are HTML (`#html:true`), which the import turns into plain text.
    public var html: Bool
    /// The column names of `#columns:`, or empty.
    public var columnNames: [String]
    /// The 1-based column that holds each note's tags (`#tags column:`).
    public var tagsColumn: Int?
    /// The 1-based columns that hold a note's GUID, note type or deck, which a deck does not use.
    public var metadataColumns: [Int]
    /// Tags for every note (`#tags:`).
    public var fileTags: [String]
    /// The notes, in file order.
    public var rows: [Row]
    /// The text, for diagnostics.
    let source: SourceFile

    /// The number of columns: the longest row's, or the named columns' when more.
    public var columnCount: Int {
        max(columnNames.count, rows.map(\.fields.count).max() ?? 0)
    }

    /// Whether `bytes` start like an Anki export: with one of its `#key:` header lines.
    public static func looksLikeExport(_ bytes: [UInt8]) -> Bool {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let firstLine = String(decoding: body.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
        return AnkiHeader.key(of: firstLine) != nil
    }

    /// The export in `bytes`, named `name` in diagnostics.
    ///
    /// - Throws: every problem of the file (bad header values, an unclosed quote, invalid UTF-8) at its place.
    public static func parse(_ bytes: [UInt8], name: String) throws(DiagnosticList) -> AnkiNotes {
        let text = DeckText(bytes: bytes, name: name)
        if let problem = text.encodingProblem { throw DiagnosticList([problem]) }
        var header = AnkiHeader(source: text.source)
        var bodyStart = 0
        for line in TextLines(text.source.bytes) {
            guard header.read(line) else { break }
            bodyStart = line.next
        }
        let separator = header.separator ?? AnkiNotes.guessSeparator(text.source.bytes[bodyStart...])
        var rowReader = AnkiRowReader(source: text.source, separator: separator)
        let rows = rowReader.rows(from: bodyStart)
        let problems = header.problems + rowReader.problems
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        let names = header.columns.map { AnkiRowReader.split($0, separator: separator) } ?? []
        return AnkiNotes(
            separator: Character(Unicode.Scalar(separator)), html: header.html ?? false, columnNames: names,
            tagsColumn: header.tagsColumn, metadataColumns: header.metadataColumns, fileTags: header.tags,
            rows: rows, source: text.source
        )
    }

    /// Anki's guess when the header names no separator: a tab, else `;`, else `,` on the first line.
    private static func guessSeparator(_ body: ArraySlice<UInt8>) -> UInt8 {
        let firstLine = body.prefix { $0 != UInt8(ascii: "\n") }
        for candidate in [UInt8(ascii: "\t"), UInt8(ascii: ";"), UInt8(ascii: ",")] where firstLine.contains(candidate) {
            return candidate
        }
        return UInt8(ascii: "\t")
    }
}
