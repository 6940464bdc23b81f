import KnobsPluginAPI

/// Plausible wrong options for multiple choice, drawn from the same deck.
///
/// A candidate is never the entry itself, never shares a meaning with it (a synonym would be a
/// second right answer) and never shows the same text as another option. The rest are ranked:
/// the same part of speech counts 4, each shared topic tag 1 (at most 2), a length within two
/// characters of the right option 1, the same first three letters 1. Ties are broken by a
/// shuffle from the seeded generator, so a seed gives the same options on every machine.
public enum Distractors {
    /// Up to `count` entries to offer as wrong options for `entry`, best first.
    public static func pick(for entry: DeckEntry, in deck: Deck, side: MultipleChoice.Side, count: Int, random: inout RandomGenerator) -> [DeckEntry] {
        let meanings = meaningKeys(entry)
        let right = AnswerText.comparable(option(entry, side))
        let wordKey = DeckEntry.key(entry.word)
        let eligible = deck.entries.filter { other in
            DeckEntry.key(other.word) != wordKey && meaningKeys(other).isDisjoint(with: meanings)
                && AnswerText.comparable(option(other, side)) != right
        }
        let candidates = Dataset.shuffled(eligible.count, random: &random).map { eligible[$0] }
        let ranked = candidates.enumerated()
            .map { (index: $0.offset, entry: $0.element, score: score($0.element, against: entry, side: side)) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
        var shown: Set<String> = [right]
        var picked: [DeckEntry] = []
        for candidate in ranked where picked.count < count {
            if shown.insert(AnswerText.comparable(option(candidate.entry, side))).inserted {
                picked.append(candidate.entry)
            }
        }
        return picked
    }

    /// What an option shows for `entry`.
    static func option(_ entry: DeckEntry, _ side: MultipleChoice.Side) -> String {
        switch side {
        case .dutch: return entry.word
        case .english: return entry.meanings.first ?? entry.word
        }
    }

    /// How plausible `candidate` is as a wrong option for `entry`.
    static func score(_ candidate: DeckEntry, against entry: DeckEntry, side: MultipleChoice.Side) -> Int {
        var score = 0
        if let kind = entry.partOfSpeech, kind == candidate.partOfSpeech { score += 4 }
        let topics = Set(entry.tags.filter { PartOfSpeech(rawValue: $0.lowercased()) == nil })
        score += min(2, candidate.tags.filter { topics.contains($0) }.count)
        let right = Array(AnswerText.comparable(option(entry, side)))
        let other = Array(AnswerText.comparable(option(candidate, side)))
        if abs(right.count - other.count) <= 2 { score += 1 }
        if right.count >= 3, other.count >= 3, right.prefix(3) == other.prefix(3) { score += 1 }
        return score
    }

    /// The keys of every meaning of `entry`, as the matcher compares them.
    private static func meaningKeys(_ entry: DeckEntry) -> Set<String> {
        Set(entry.meanings.flatMap(AcceptedAnswer.meaning).map(\.key))
    }
}
