import KnobsPluginAPI

/// Reads knobs's own deck format: tab-separated values with a header (see docs/QUIZ.md, "Decks").
///
/// ```
/// word	article	ipa	meanings	example_nl	example_en	tags	forms
/// gewicht	het	ɣəˈʋɪxt	weight	Elk gewicht is een getal.	Every weight is a number.	noun
/// ```
///
/// A byte order mark and CRLF line ends are fine; blank lines and lines starting with `#` are
/// skipped. Every problem is reported at its line and column, all at once.
public enum DeckParser {
    /// The deck in `bytes`, named `name` in diagnostics.
    ///
    /// - Throws: every problem of the file, each a ``Diagnostic`` of kind `.syntax` at its place.
    public static func parse(_ bytes: [UInt8], name: String) throws(DiagnosticList) -> Deck {
        let text = DeckText(bytes: bytes, name: name)
        if let problem = text.encodingProblem { throw DiagnosticList([problem]) }
        var reader = DeckEntryReader(source: text.source)
        var columns: [DeckColumn]?
        var entries: [DeckEntry] = []
        for line in TextLines(text.source.bytes) where !line.isBlank && !line.isComment {
            if let problem = controlCharacterProblem(line, source: text.source) {
                reader.report(problem)
                // A header that cannot be read leaves nothing to check the rows against.
                if columns == nil { break }
                continue
            }
            let cells = line.cells(separator: UInt8(ascii: "\t"), in: text.source)
            guard let header = columns else {
                columns = readHeader(cells, line: line, reader: &reader)
                if columns == nil { break }
                continue
            }
            guard cells.count == header.count else {
                reader.report(columnCountProblem(cells, expected: header.count, line: line, source: text.source))
                continue
            }
            let row = DeckRow(line: line.number, start: line.start, fields: Dictionary(uniqueKeysWithValues: zip(header, cells)))
            if let entry = reader.entry(from: row) { entries.append(entry) }
        }
        if columns == nil, reader.problems.isEmpty {
            reader.report(text.source.deckProblem(
                "the deck is empty", at: SourceRange(0, 0),
                hint: "a deck starts with its header line: \(DeckColumn.header.replacingTabs())"))
        } else if columns != nil, entries.isEmpty, reader.problems.isEmpty {
            reader.report(text.source.deckProblem(
                "the deck has a header but no words", at: SourceRange(0, 0),
                hint: "add one line per word under the header, its columns separated by tabs"))
        }
        guard reader.problems.isEmpty else { throw DiagnosticList(reader.problems) }
        return Deck(name: name, entries: entries)
    }

    /// What separates the column names of a header without tabs (`commas`, `semicolons`,
    /// `spaces`), when splitting it there gives two deck columns or more; else nil.
    private static func separatorOfColumnNames(_ header: String) -> String? {
        let separators: [(character: Character, name: String)] = [(",", "commas"), (";", "semicolons"), (" ", "spaces")]
        return separators.first { separator in
            header.split(separator: separator.character).filter { DeckColumn(rawValue: String($0.filter { !$0.isWhitespace })) != nil }.count > 1
        }?.name
    }

    /// The columns the header names, or nil when it is wrong (the problems are recorded).
    private static func readHeader(_ cells: [DeckField], line: TextLine, reader: inout DeckEntryReader) -> [DeckColumn]? {
        let source = reader.source
        let names = cells.map { $0.text.lowercased() }
        let expected = "the header is: \(DeckColumn.header.replacingTabs())"
        if names.allSatisfy({ DeckColumn(rawValue: $0) == nil }) {
            let separator = cells.count == 1 ? separatorOfColumnNames(names[0]) : nil
            let hint = separator.map { name in
                "separate the column names with tabs, not \(name)" + (name == "spaces" ? "" : ": a deck is tab-separated (a spreadsheet saves it as .tsv)")
            }
            reader.report(source.deckProblem(
                "the first line of a deck must be its header", at: line.range(in: source),
                hint: hint ?? "start the file with the line: \(DeckColumn.header.replacingTabs())",
                notes: separator == nil ? [expected] : []))
            return nil
        }
        var columns: [DeckColumn] = []
        var ok = true
        for (cell, name) in zip(cells, names) {
            guard let column = DeckColumn(rawValue: name) else {
                let guess = NameSuggestion.closest(to: name, among: DeckColumn.allCases.map(\.rawValue))
                reader.report(source.deckProblem(
                    name.isEmpty ? "a column of the header has no name" : "unknown column '\(cell.text)'", at: cell.range,
                    label: "not a deck column", hint: guess.map { "did you mean '\($0)'?" } ?? expected))
                ok = false
                continue
            }
            if columns.contains(column) {
                reader.report(source.deckProblem("the column '\(name)' appears twice", at: cell.range, hint: "name each column once"))
                ok = false
            }
            columns.append(column)
        }
        for column in DeckColumn.allCases where column.isRequired && !columns.contains(column) {
            reader.report(source.deckProblem(
                "the header has no '\(column.rawValue)' column", at: line.range(in: source), label: "'\(column.rawValue)' missing",
                hint: expected))
            ok = false
        }
        return ok ? columns : nil
    }

    /// A control character or line separator in a line (a tab separates fields; `\r\n` ends a line).
    ///
    /// None belongs in a word list: it would reach the learner's terminal as it is (an escape
    /// sequence redraws the screen), and ``DeckWriter`` could not write it back.
    private static func controlCharacterProblem(_ line: TextLine, source: SourceFile) -> Diagnostic? {
        var offset = line.start
        for scalar in source.slice(SourceRange(line.start, line.end)).unicodeScalars {
            // Printable ASCII, most of a deck, needs no look-up of its category: the bundled deck is
            // read whenever the plugins load (knobs eval, run), and looking up every character's
            // category, with a String made for each to count its bytes, cost that 8 million instructions.
            guard scalar.value < 0x20 || scalar.value >= 0x7F else {
                offset += 1
                continue
            }
            let category = scalar.properties.generalCategory
            if scalar != "\t", category == .control || category == .lineSeparator || category == .paragraphSeparator {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                return source.deckProblem(
                    "a control character (\(code)) cannot be in a deck", at: SourceRange(offset, offset + scalar.utf8.count),
                    label: "control character", hint: "a deck holds plain text: remove it (a spreadsheet or a copy from a web page may have left it)")
            }
            offset += scalar.utf8.count
        }
        return nil
    }

    /// A row with too few or too many tab-separated fields.
    private static func columnCountProblem(_ cells: [DeckField], expected: Int, line: TextLine, source: SourceFile) -> Diagnostic {
        let found = cells.count
        let message = "expected \(expected) columns separated by tabs, found \(found)"
        if found > expected {
            let extra = cells[expected]
            return source.deckProblem(
                message, at: SourceRange(extra.range.start - 1, line.end), label: "\(found - expected) too many",
                hint: "a field cannot hold a tab; separate several meanings or forms with ';'")
        }
        let text = source.slice(SourceRange(line.start, line.end))
        let hint = found == 1 && text.contains("  ")
            ? "this line has no tab: its columns seem to be separated by spaces"
            : "keep one tab per column, even for an empty field (the header has \(expected) columns)"
        return source.deckProblem(message, at: SourceRange(line.end, line.end), label: "\(expected - found) missing", hint: hint)
    }
}

extension String {
    /// The text with each tab shown as `⇥ ` so a header reads well in a hint.
    func replacingTabs() -> String {
        split(separator: "\t", omittingEmptySubsequences: false).joined(separator: " ⇥ ")
    }
}
