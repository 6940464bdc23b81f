import KnobsPluginAPI

/// Checks the fields of deck rows and turns them into entries, collecting every problem at its place.
///
/// Both the deck parser and the Anki import use it, so a deck breaks the same rules the same way
/// whichever file it came from.
struct DeckEntryReader {
    let source: SourceFile
    private(set) var problems: [Diagnostic] = []
    /// The line each word was first seen on, by its comparison key.
    private var firstLines: [String: Int] = [:]

    init(source: SourceFile) {
        self.source = source
    }

    /// Records a problem found outside the fields (a header, a column count).
    mutating func report(_ problem: Diagnostic) {
        problems.append(problem)
    }

    /// The entry of `row`, or nil when one of its fields is wrong (the problems are recorded).
    mutating func entry(from row: DeckRow) -> DeckEntry? {
        let before = problems.count
        let word = row.field(.word)
        if word.text.isEmpty {
            problems.append(source.deckProblem(
                "the word is empty", at: word.range, label: "no word",
                hint: "each line needs the Dutch word or phrase in its 'word' column"))
        }
        let article = self.article(row.field(.article))
        let ipa = self.ipa(row.field(.ipa))
        let meaningsField = row.field(.meanings)
        let meanings = DeckEntryReader.list(meaningsField.text)
        if meanings.isEmpty {
            problems.append(source.deckProblem(
                "the meanings are empty", at: meaningsField.range, label: "no meaning",
                hint: "write at least one English meaning; separate several with ';', as in: weight; load"))
        }
        if !word.text.isEmpty {
            let key = DeckEntry.key(word.text)
            if let first = firstLines[key] {
                problems.append(source.deckProblem(
                    "'\(word.text)' is already in this deck, on line \(first)", at: word.range, label: "duplicate word",
                    hint: "keep one line per word and put all its meanings in it, separated by ';'"))
            } else {
                firstLines[key] = row.line
            }
        }
        guard problems.count == before else { return nil }
        return DeckEntry(
            word: word.text, article: article, ipa: ipa, meanings: meanings,
            dutchExample: row.field(.dutchExample).text, englishExample: row.field(.englishExample).text,
            tags: row.field(.tags).text.split(whereSeparator: \.isWhitespace).map(String.init),
            forms: DeckEntryReader.list(row.field(.forms).text), line: row.line
        )
    }

    /// The pieces of a `;`-separated field, trimmed, the empty ones left out.
    static func list(_ text: String) -> [String] {
        text.split(separator: DeckColumn.listSeparator).map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
    }

    private mutating func article(_ field: DeckField) -> NounArticle? {
        let value = field.text.lowercased()
        if value.isEmpty { return nil }
        if let article = NounArticle(rawValue: value) { return article }
        let hint: String
        switch value {
        case "'t", "’t": hint = "write 't in full: het"
        case "een", "één": hint = "the article column takes the definite article: de or het"
        case "de/het", "het/de", "de, het", "het, de", "de of het", "het of de":
            hint = "give the article the dictionary lists first; the other may go in the meanings or a tag"
        default: hint = "write de or het for a noun, and leave the column empty for other words"
        }
        problems.append(source.deckProblem("'\(field.text)' is not an article", at: field.range, label: "expected de, het or nothing", hint: hint))
        return nil
    }

    /// The IPA without its slashes; a character that is not IPA is reported at its column.
    private mutating func ipa(_ field: DeckField) -> String {
        var text = Substring(field.text)
        var offset = field.range.start
        if let first = text.first, let last = text.last, text.count >= 2,
           (first == "/" && last == "/") || (first == "[" && last == "]") {
            text = text.dropFirst().dropLast()
            offset += 1
        }
        for scalar in text.unicodeScalars {
            if !IPA.isAllowed(scalar) {
                let width = String(scalar).utf8.count
                let place = field.isVerbatim ? SourceRange(offset, offset + width) : field.range
                problems.append(source.deckProblem(
                    "'\(scalar)' is not an IPA symbol", at: place, label: "not IPA",
                    hint: IPA.hint(for: scalar)))
                break
            }
            offset += String(scalar).utf8.count
        }
        return String(text).trimmingBlanks()
    }
}

extension StringProtocol {
    /// Without the spaces and tabs around it.
    func trimmingBlanks() -> String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" || c == "\u{00A0}" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\u{00A0}" { s.removeLast() }
        return String(s)
    }
}
