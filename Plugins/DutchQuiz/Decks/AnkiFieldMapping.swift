import KnobsPluginAPI

/// Which column of an Anki export fills which column of a deck.
///
/// Written on the command line as `word=1,meanings=Back,ipa=IPA`: a deck column, `=`, and an
/// export column by its 1-based number or by its name in `#columns:`. Columns not named are
/// left empty; `word` and `meanings` must be filled.
public struct AnkiFieldMapping: Equatable, Sendable {
    /// An export column: by number (1 is the first) or by its `#columns:` name.
    public enum Column: Equatable, Sendable {
        case number(Int)
        case name(String)
    }

    /// The export column of each deck column that is filled.
    public var columns: [DeckColumn: Column]

    public init(_ columns: [DeckColumn: Column]) {
        self.columns = columns
    }

    /// Names an export's columns may have for each deck column, besides the deck column's own name.
    static let aliases: [DeckColumn: [String]] = [
        .word: ["dutch", "nederlands", "front", "voorkant"],
        .meanings: ["meaning", "english", "engels", "back", "achterkant"],
        .ipa: ["pronunciation", "uitspraak"],
        .article: ["lidwoord"],
        .dutchExample: ["sentence", "example", "voorbeeld", "voorbeeldzin"],
        .englishExample: ["translation", "sentence translation", "vertaling"],
    ]

    /// The mapping for an export made by knobs, or any export whose `#columns:` use the deck's
    /// column names (or the aliases above); otherwise the first two ordinary columns are the word
    /// and its meanings. The tags come from the export's tags column.
    public static func automatic(for notes: AnkiNotes) -> AnkiFieldMapping {
        var columns: [DeckColumn: Column] = [:]
        let names = notes.columnNames.map { $0.lowercased() }
        for column in DeckColumn.allCases {
            let wanted = [column.rawValue] + (aliases[column] ?? [])
            if let index = names.firstIndex(where: { wanted.contains($0) }) {
                columns[column] = .number(index + 1)
            }
        }
        let special = Set(notes.metadataColumns + [notes.tagsColumn].compactMap { $0 })
        var ordinary = (1...max(1, notes.columnCount)).filter { number in
            !special.contains(number) && !columns.values.contains(.number(number))
        }[...]
        for column in [DeckColumn.word, .meanings] where columns[column] == nil {
            if let next = ordinary.popFirst() { columns[column] = .number(next) }
        }
        if columns[.tags] == nil, let tags = notes.tagsColumn { columns[.tags] = .number(tags) }
        return AnkiFieldMapping(columns)
    }

    /// Reads `word=1,meanings=Back,…`; a problem is shown under its place in `text`.
    ///
    /// - Throws: a ``Diagnostic`` naming the unknown deck column, the empty export column or the column given twice.
    public init(parsing text: String, name: String = "--map") throws(Diagnostic) {
        let source = SourceFile(name: name, text: text)
        var columns: [DeckColumn: Column] = [:]
        var offset = 0
        for pair in text.split(separator: ",", omittingEmptySubsequences: false) {
            let pairRange = SourceRange(offset, offset + pair.utf8.count)
            defer { offset += pair.utf8.count + 1 }
            guard let equals = pair.firstIndex(of: "=") else {
                throw source.deckProblem(
                    "expected deck-column=export-column, found '\(pair)'", at: pairRange,
                    hint: "for example: word=1,meanings=Back")
            }
            let key = pair[..<equals].trimmingBlanks().lowercased()
            let value = pair[pair.index(after: equals)...].trimmingBlanks()
            let keyRange = SourceRange(offset, offset + pair[..<equals].utf8.count)
            guard let column = DeckColumn(rawValue: key) else {
                let guess = NameSuggestion.closest(to: key, among: DeckColumn.allCases.map(\.rawValue))
                throw source.deckProblem(
                    "'\(key)' is not a deck column", at: keyRange,
                    hint: guess.map { "did you mean '\($0)'?" } ?? "the deck columns are: \(DeckColumn.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard !value.isEmpty else {
                throw source.deckProblem("'\(key)' is mapped to nothing", at: pairRange, hint: "name an export column by number or name: \(key)=2")
            }
            guard columns[column] == nil else {
                throw source.deckProblem("'\(key)' is mapped twice", at: keyRange, hint: "map each deck column once")
            }
            if let number = Int(value) {
                guard number >= 1 else {
                    throw source.deckProblem("column numbers start at 1", at: pairRange, hint: "the first column of the export is \(key)=1")
                }
                columns[column] = .number(number)
            } else {
                columns[column] = .name(value)
            }
        }
        self.columns = columns
    }
}
