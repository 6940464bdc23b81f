import DutchQuizPlugin
import KnobsPluginAPI
import Testing

/// Multiple choice: plausible wrong options from the same deck, the same for a seed.
@Suite("distractors")
struct DistractorTests {
    static let deck = try! Deck.bundled("ai")

    static func entry(_ word: String) -> DeckEntry {
        deck.entry(for: word)!
    }

    @Test("the same seed gives the same options; other seeds vary them")
    func deterministic() {
        var results: Set<[String]> = []
        for seed in UInt64(0)..<20 {
            var a = RandomGenerator(seed: seed)
            var b = RandomGenerator(seed: seed)
            let first = MultipleChoice(for: Self.entry("gewicht"), in: Self.deck, side: .english, random: &a)
            let second = MultipleChoice(for: Self.entry("gewicht"), in: Self.deck, side: .english, random: &b)
            #expect(first == second)
            results.insert(first.options)
        }
        #expect(results.count > 1)
    }

    @Test("the right answer is among the options once, at answerIndex; the options differ", arguments: ["gewicht", "trainen", "één", "uit het hoofd leren"])
    func options(word: String) {
        var random = RandomGenerator(seed: 7)
        for side in [MultipleChoice.Side.dutch, .english] {
            let question = MultipleChoice(for: Self.entry(word), in: Self.deck, side: side, random: &random)
            #expect(question.options.count == 4)
            #expect(Set(question.options).count == 4)
            let right = side == .dutch ? word : Self.entry(word).meanings[0]
            #expect(question.options[question.answerIndex] == right)
            #expect(question.options.filter { $0 == right }.count == 1)
        }
    }

    @Test("never a synonym: an entry that shares a meaning is no distractor", arguments: [
        ("aanpassen", "bijstellen"), ("bijstellen", "aanpassen"), ("onthouden", "uit het hoofd leren"), ("uit het hoofd leren", "onthouden"),
    ])
    func noSynonyms(word: String, synonym: String) {
        for seed in UInt64(0)..<50 {
            var random = RandomGenerator(seed: seed)
            let picked = Distractors.pick(for: Self.entry(word), in: Self.deck, side: .english, count: 6, random: &random)
            #expect(!picked.map(\.word).contains(synonym))
            #expect(!picked.map(\.word).contains(word))
        }
    }

    @Test("distractors share the part of speech when the deck has enough", arguments: ["trainen", "gewicht", "krachtig"])
    func samePartOfSpeech(word: String) {
        var random = RandomGenerator(seed: 3)
        let entry = Self.entry(word)
        let picked = Distractors.pick(for: entry, in: Self.deck, side: .dutch, count: 3, random: &random)
        #expect(picked.count == 3)
        #expect(picked.allSatisfy { $0.partOfSpeech == entry.partOfSpeech })
    }

    @Test("a similar length or a shared beginning ranks a candidate higher")
    func similarity() {
        let target = DeckFixtures.entry("verlies", .het, meanings: ["loss"], tags: ["noun"])
        let close = DeckFixtures.entry("verband", .het, meanings: ["link"], tags: ["noun"])
        let far = DeckFixtures.entry("nauwkeurigheid", .de, meanings: ["accuracy"], tags: ["noun"])
        let deck = Deck(name: "x", entries: [target, far, close])
        for seed in UInt64(0)..<10 {
            var random = RandomGenerator(seed: seed)
            #expect(Distractors.pick(for: target, in: deck, side: .dutch, count: 1, random: &random).map(\.word) == ["verband"])
        }
    }

    @Test("a small deck gives what it has")
    func smallDeck() {
        let deck = Deck(name: "x", entries: [DeckFixtures.entry("a", meanings: ["one"]), DeckFixtures.entry("b", meanings: ["two"])])
        var random = RandomGenerator(seed: 1)
        let question = MultipleChoice(for: deck.entries[0], in: deck, side: .english, random: &random)
        #expect(Set(question.options) == ["one", "two"])
        #expect(question.options[question.answerIndex] == "one")
    }
}
