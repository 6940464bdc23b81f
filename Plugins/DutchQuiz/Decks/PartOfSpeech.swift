/// What kind of word an entry is, read from its tags; multiple choice draws distractors of the same kind.
public enum PartOfSpeech: String, CaseIterable, Sendable {
    case noun
    case verb
    case adjective
    case adverb
    case numeral
    case pronoun
    case preposition
    case conjunction
    case phrase

    /// The part of speech named by the first tag that names one, else `noun` when the entry has an article.
    static func of(tags: [String], article: NounArticle?) -> PartOfSpeech? {
        for tag in tags {
            if let kind = PartOfSpeech(rawValue: tag.lowercased()) { return kind }
        }
        return article == nil ? nil : .noun
    }
}
