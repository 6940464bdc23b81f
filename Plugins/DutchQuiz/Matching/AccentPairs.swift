/// Dutch words that an accent turns into another word, so that leaving it out (or adding it) is a
/// real mistake: *een* (a) and *één* (one), *voor* (for) and *vóór* (before; in favour of),
/// *voorkomen* (to prevent) and *vóórkomen* (to occur), and the stressed *dé*, *én*, *óf*.
enum AccentPairs {
    static let words: Set<String> = [
        "een", "één", "voor", "vóór", "voorkomen", "vóórkomen", "de", "dé", "en", "én", "of", "óf",
    ]

    /// Whether a word of `typed` that differs from `expected` only in accents is one of these words.
    static func makeAnotherWord(typed: String, expected: String) -> Bool {
        let typedWords = typed.split(separator: " ")
        let expectedWords = expected.split(separator: " ")
        return zip(typedWords, expectedWords).contains { typed, expected in typed != expected && words.contains(String(typed)) }
    }
}
