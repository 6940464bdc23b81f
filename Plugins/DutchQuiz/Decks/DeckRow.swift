import KnobsPluginAPI

/// One field of a deck row: its text, trimmed, and where it stands in the file.
struct DeckField {
    var text: String
    /// The field's bytes in the file.
    var range: SourceRange
    /// Whether ``text`` is the file's bytes in ``range`` as they are, so a character's offset can be
    /// worked out from the text (not so for an Anki field whose HTML was removed).
    var isVerbatim: Bool = true
}

/// The fields of one entry before they are checked, from a deck file or an Anki export.
struct DeckRow {
    /// The 1-based line the row starts on.
    var line: Int
    /// Where the row starts: a problem with no field of its own points here.
    var start: Int
    var fields: [DeckColumn: DeckField]

    /// The field of `column`, or an empty one at the row's start.
    func field(_ column: DeckColumn) -> DeckField {
        fields[column] ?? DeckField(text: "", range: SourceRange(start, start), isVerbatim: false)
    }
}
