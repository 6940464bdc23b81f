import KnobsPluginAPI

/// Turning an Anki export into a deck, and a deck into an Anki export.
extension AnkiNotes {
    /// The deck these notes make under `mapping`; HTML fields become plain text.
    ///
    /// A word written with its article (`de computer`) is split into the two when the mapping
    /// leaves the article column out or the note's article field is empty. The file-wide
    /// `#tags:` are added to every note's tags. In the meanings and forms, a line break (`<br>`,
    /// a `<div>`) separates two items, as `;` does. The entries are checked by the rules of a deck
    /// file, and each problem is reported at its place in the export.
    ///
    /// - Throws: a mapping to a column the export does not have, and every problem of the notes.
    public func deck(name: String, mapping: AnkiFieldMapping) throws(DiagnosticList) -> Deck {
        guard !rows.isEmpty else {
            throw DiagnosticList([source.deckProblem(
                "the export has no notes", at: SourceRange(0, 0),
                hint: "export the notes again from Anki: File ▸ Export ▸ Notes in Plain Text")])
        }
        let indices = try resolve(mapping)
        var reader = DeckEntryReader(source: source)
        var entries: [DeckEntry] = []
        for row in rows {
            var deckRow = DeckRow(line: row.line, start: row.ranges.first?.start ?? 0, fields: [:])
            for (column, index) in indices where index < row.fields.count {
                let raw = row.fields[index]
                // A line break separates meanings (or forms) in a list field, and words elsewhere.
                let lineBreak = column == .meanings || column == .forms ? "; " : " "
                let text = (html ? HTMLText.plain(raw, lineBreak: lineBreak) : raw).trimmingBlanks()
                deckRow.fields[column] = DeckField(text: text, range: row.ranges[index], isVerbatim: row.verbatim[index] && text == raw)
            }
            if !fileTags.isEmpty {
                let tags = deckRow.field(.tags)
                deckRow.fields[.tags] = DeckField(text: ([tags.text] + fileTags).joined(separator: " "), range: tags.range, isVerbatim: false)
            }
            splitArticle(&deckRow)
            if let entry = reader.entry(from: deckRow) { entries.append(entry) }
        }
        guard reader.problems.isEmpty else { throw DiagnosticList(reader.problems) }
        return Deck(name: name, entries: entries)
    }

    /// The 0-based field index of each mapped deck column.
    private func resolve(_ mapping: AnkiFieldMapping) throws(DiagnosticList) -> [DeckColumn: Int] {
        var problems: [Diagnostic] = []
        var indices: [DeckColumn: Int] = [:]
        let listing = (1...max(1, columnCount)).map { n in
            n <= columnNames.count && !columnNames[n - 1].isEmpty ? "\(n) \(columnNames[n - 1])" : "\(n)"
        }.joined(separator: ", ")
        for column in [DeckColumn.word, .meanings] where mapping.columns[column] == nil {
            problems.append(Diagnostic(.syntax, "the mapping gives no column for '\(column.rawValue)'", source: source,
                                       hint: "add \(column.rawValue)=N with N one of the export's columns: \(listing)"))
        }
        for (column, reference) in mapping.columns.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            switch reference {
            case .number(let number) where number >= 1 && number <= columnCount:
                indices[column] = number - 1
            case .name(let name):
                if let index = columnNames.firstIndex(where: { $0.lowercased() == name.lowercased() }) {
                    indices[column] = index
                } else {
                    problems.append(Diagnostic(.syntax, "the export has no column named '\(name)' for '\(column.rawValue)'", source: source,
                                               hint: columnNames.isEmpty ? "it has no #columns: line; name its columns by number (1 to \(columnCount))" : "its columns are: \(listing)"))
                }
            case .number(let number):
                problems.append(Diagnostic(.syntax, "the export has no column \(number) for '\(column.rawValue)'", source: source,
                                           hint: "its columns are: \(listing)"))
            }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return indices
    }

    /// `de computer` in the word column, with no article given, becomes `computer` with `de`.
    private func splitArticle(_ row: inout DeckRow) {
        guard row.field(.article).text.isEmpty else { return }
        let word = row.field(.word)
        let parts = word.text.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, let article = NounArticle(rawValue: parts[0].lowercased()) else { return }
        row.fields[.word] = DeckField(text: String(parts[1]).trimmingBlanks(), range: word.range, isVerbatim: false)
        row.fields[.article] = DeckField(text: article.rawValue, range: word.range, isVerbatim: false)
    }
}
