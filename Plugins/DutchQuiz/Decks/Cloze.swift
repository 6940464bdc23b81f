/// An entry's example sentence with the word blanked out, and the form that fills the blank.
///
/// The blank takes the first of these found in the sentence as a whole word, ignoring case: a
/// form the deck lists for the entry (`getraind` for `trainen`), the word itself, then a word of
/// the sentence that contains the word's stem (the word without `-en`, `-e` or `-n`, a doubled
/// last consonant made single: `voorspel` finds `voorspelt`).
public struct Cloze: Equatable, Sendable {
    /// What stands in the sentence in place of the word.
    public static let blank = "_____"

    /// The sentence with ``blank`` where the word was: `Het model is _____ op miljarden woorden.`
    public var sentence: String
    /// The form that was blanked out, as the sentence writes it: `getraind`.
    public var answer: String
    /// The sentence's English translation, shown as the clue.
    public var translation: String

    /// The cloze of `entry`, or nil when it has no example sentence or the word cannot be found in it.
    public init?(entry: DeckEntry) {
        let sentence = Array(entry.dutchExample)
        guard !sentence.isEmpty else { return nil }
        let candidates = entry.forms + [entry.word]
        let found = candidates.lazy.compactMap { Cloze.find(Array($0), in: sentence) }.first
            ?? Cloze.stem(of: entry.word).flatMap { Cloze.findWord(containing: $0, in: sentence) }
        guard let range = found else { return nil }
        self.sentence = String(sentence[..<range.lowerBound]) + Cloze.blank + String(sentence[range.upperBound...])
        self.answer = String(sentence[range])
        self.translation = entry.englishExample
    }

    /// Where `needle` stands in `text` as whole words, ignoring case.
    static func find(_ needle: [Character], in text: [Character]) -> Range<Int>? {
        guard !needle.isEmpty, needle.count <= text.count else { return nil }
        let lowerNeedle = needle.map { $0.lowercased() }
        for start in 0...(text.count - needle.count) {
            let end = start + needle.count
            guard (start == 0 || !isWordCharacter(text[start - 1])), (end == text.count || !isWordCharacter(text[end])) else { continue }
            if (0..<needle.count).allSatisfy({ text[start + $0].lowercased() == lowerNeedle[$0] }) { return start..<end }
        }
        return nil
    }

    /// The first whole word of `text` that contains `stem`, ignoring case.
    private static func findWord(containing stem: String, in text: [Character]) -> Range<Int>? {
        var start = 0
        while start < text.count {
            guard isWordCharacter(text[start]) else {
                start += 1
                continue
            }
            var end = start
            while end < text.count, isWordCharacter(text[end]) { end += 1 }
            if String(text[start..<end]).lowercased().contains(stem) { return start..<end }
            start = end
        }
        return nil
    }

    /// The stem of a one-word entry, at least four letters long, or nil.
    static func stem(of word: String) -> String? {
        var stem = word.lowercased()
        guard !stem.contains(" ") else { return nil }
        for ending in ["en", "e", "n"] where stem.hasSuffix(ending) && stem.count - ending.count >= 4 {
            stem.removeLast(ending.count)
            break
        }
        let letters = Array(stem)
        if letters.count >= 5, letters[letters.count - 1] == letters[letters.count - 2], !"aeiouy".contains(letters[letters.count - 1]) {
            stem.removeLast()
        }
        return stem.count >= 4 ? stem : nil
    }

    private static func isWordCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "-"
    }
}
