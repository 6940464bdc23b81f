import KnobsPluginAPI

/// A multiple-choice question's options: the right answer among plausible wrong ones from the same deck.
public struct MultipleChoice: Equatable, Sendable {
    /// Which side of the entries the options show.
    public enum Side: Sendable {
        /// The Dutch words: the prompt is an English meaning.
        case dutch
        /// The first English meaning: the prompt is a Dutch word.
        case english
    }

    /// The options, in the order to show them.
    public var options: [String]
    /// The index of the right option in ``options``.
    public var answerIndex: Int

    /// The question for `entry`: the right option and up to `optionCount - 1` distractors
    /// (``Distractors/pick(for:in:side:count:random:)``), shuffled by `random`.
    public init(for entry: DeckEntry, in deck: Deck, side: Side, optionCount: Int = 4, random: inout RandomGenerator) {
        let right = Distractors.option(entry, side)
        let wrong = Distractors.pick(for: entry, in: deck, side: side, count: max(0, optionCount - 1), random: &random)
        let unshuffled = [right] + wrong.map { Distractors.option($0, side) }
        // Dataset.shuffled is the engine's Fisher–Yates order: the same for a seed on every machine.
        let options = Dataset.shuffled(unshuffled.count, random: &random).map { unshuffled[$0] }
        self.options = options
        self.answerIndex = options.firstIndex(of: right) ?? 0
    }
}
