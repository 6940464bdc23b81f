import DutchQuizPlugin
import Foundation
import Testing

/// The word blanked out of its example sentence.
@Suite("cloze")
struct ClozeTests {
    @Test("a listed form is blanked out when the sentence uses it instead of the word")
    func listedForm() throws {
        let deck = try Deck.bundled("ai")
        let trainen = try #require(deck.entry(for: "trainen"))
        let cloze = try #require(Cloze(entry: trainen))
        #expect(cloze.sentence == "Het model is _____ op miljarden woorden.")
        #expect(cloze.answer == "getraind")
        #expect(cloze.translation == "The model was trained on billions of words.")
        let rolSpelen = try #require(deck.entry(for: "een rol spelen"))
        let role = try #require(Cloze(entry: rolSpelen))
        #expect(role.sentence == "Ook de architectuur _____.")
        #expect(role.answer == "speelt een rol")
    }

    @Test("the word itself, in any case, as a whole word only")
    func wholeWord() throws {
        let intelligence = try Deck.bundled("corner").entries[2]
        let corner = try #require(Cloze(entry: intelligence))
        #expect(corner.sentence == "_____ verandert de wereld.")
        #expect(corner.answer == "Kunstmatige intelligentie")
        let taal = DeckFixtures.entry("taal", .de, example: "Een taalmodel leert taal.")
        #expect(Cloze(entry: taal)?.sentence == "Een taalmodel leert _____.")
        let een = DeckFixtures.entry("één", example: "Het model kiest telkens één woord.")
        #expect(Cloze(entry: een)?.answer == "één")
    }

    @Test("without a listed form, the word's stem finds an inflected form", arguments: [
        ("voorspellen", "Het model voorspelt het volgende woord.", "voorspelt"),
        ("berekening", "Er zijn miljarden berekeningen nodig.", "berekeningen"),
        ("trainen", "Het model wordt getraind.", "getraind"),
    ])
    func stem(word: String, sentence: String, answer: String) {
        #expect(Cloze(entry: DeckFixtures.entry(word, example: sentence))?.answer == answer)
    }

    @Test("no cloze without a sentence, or when the word cannot be found in it")
    func none() {
        #expect(Cloze(entry: DeckFixtures.entry("gewicht")) == nil)
        #expect(Cloze(entry: DeckFixtures.entry("laag", example: "Het netwerk heeft twaalf lagen.")) == nil)
        // A stem shorter than four letters finds nothing: leren needs the form leert listed.
        #expect(Cloze(entry: DeckFixtures.entry("leren", example: "Het netwerk leert snel.")) == nil)
        #expect(Cloze(entry: DeckFixtures.entry("een rol spelen", example: "Dat speelt geen rol.")) == nil)
    }

    @Test("every bundled entry has a cloze whose blank stands where its word or form was", arguments: Deck.bundledNames)
    func bundled(name: String) throws {
        for entry in try Deck.bundled(name).entries {
            let cloze = try #require(Cloze(entry: entry), "\(entry.word) has no cloze")
            #expect(cloze.sentence.contains(Cloze.blank))
            #expect(cloze.sentence.replacingOccurrences(of: Cloze.blank, with: cloze.answer) == entry.dutchExample)
            #expect(AnswerMatcher().matchForm(cloze.answer, expected: cloze.answer).verdict == .exact)
        }
    }
}
