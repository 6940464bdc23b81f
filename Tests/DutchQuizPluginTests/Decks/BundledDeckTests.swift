import DutchQuizPlugin
import KnobsPluginAPI
import Testing

/// The decks that come with knobs: they parse, their IPA is IPA, their examples use their words.
@Suite("bundled decks")
struct BundledDeckTests {
    /// The sounds of standard Netherlandic Dutch as the bundled decks write them, with the stress
    /// marks, the length mark, the word space and the optional-sound parentheses.
    static let dutchSymbols = Set("aɑbdeɛəfɣxɦiɪjklmnŋoɔprsʃtuʏvʋyzʒøœʌ" + "ˈˌː ()")

    @Test("every bundled deck parses", arguments: Deck.bundledNames)
    func parses(name: String) throws {
        let deck = try Deck.bundled(name)
        #expect(deck.name == name)
        #expect(!deck.entries.isEmpty)
    }

    @Test("an unknown bundled deck is an error that names the bundled ones")
    func unknown() {
        let problems = DeckFixtures.diagnostics { try Deck.bundled("AI") }
        #expect(problems.map(\.message) == ["there is no bundled deck 'AI'"])
        #expect(problems.first?.hint == "did you mean 'ai'?")
    }

    @Test("corner is the article's Dutch corner, word for word")
    func corner() throws {
        let deck = try Deck.bundled("corner")
        #expect(deck.entries.map(\.word) == ["Computer", "Idee", "Kunstmatige Intelligentie"])
        #expect(deck.entries.map(\.ipaForDisplay) == ["/kɔmˈpytər/", "/iˈdeː/", "/ˈkʏnstmaˌtiɣə ɪntɛliˈɣɛnsi/"])
        #expect(deck.entries.map(\.meanings) == [["Computer"], ["Idea"], ["Artificial Intelligence"]])
        #expect(deck.entries.map(\.dutchExample) == [
            "Ik gebruik de computer elke dag.", "Dat is een goed idee!", "Kunstmatige intelligentie verandert de wereld.",
        ])
        #expect(deck.entries.map(\.englishExample) == [
            "I use the computer every day.", "That is a good idea!", "Artificial intelligence is changing the world.",
        ])
        #expect(deck.entries.map(\.article) == [.de, .het, .de])
    }

    @Test("ai has at least 60 entries, each complete: IPA, a meaning, an example pair, a part of speech")
    func aiComplete() throws {
        let deck = try Deck.bundled("ai")
        #expect(deck.entries.count >= 60)
        for entry in deck.entries {
            #expect(!entry.ipa.isEmpty, "\(entry.word) has no IPA")
            #expect(!entry.meanings.isEmpty && !entry.dutchExample.isEmpty && !entry.englishExample.isEmpty, "\(entry.word) is incomplete")
            #expect(entry.partOfSpeech != nil, "\(entry.word) names no part of speech")
            #expect((entry.article != nil) == (entry.partOfSpeech == .noun), "\(entry.word): a noun has an article, and only a noun")
        }
        for word in ["parameter", "gewicht", "netwerk", "gegevens", "voorspelling", "trainen", "rekenkracht"] {
            #expect(deck.entry(for: word) != nil, "ai lacks \(word)")
        }
    }

    @Test("every bundled IPA uses IPA symbols only", arguments: Deck.bundledNames)
    func ipaSymbols(name: String) throws {
        for entry in try Deck.bundled(name).entries {
            let bad = entry.ipa.unicodeScalars.filter { !IPA.isAllowed($0) }
            #expect(bad.isEmpty, "\(entry.word): \(bad) in /\(entry.ipa)/")
        }
    }

    @Test("ai's IPA writes Dutch sounds the standard way: ɣ for g, ʋ for w, ɦ for h, ɛi, œy, ʌu, stress on words of two syllables or more")
    func aiDutchIPA() throws {
        for entry in try Deck.bundled("ai").entries {
            let ipa = entry.ipa
            let strange = Set(ipa).subtracting(BundledDeckTests.dutchSymbols)
            #expect(strange.isEmpty, "\(entry.word): \(strange.sorted()) in /\(ipa)/ is not a symbol of the Dutch inventory")
            for wrong in ["ɛɪ", "ʌʊ", "ɐ", "ei", "au", "ou", "ui"] {
                #expect(!ipa.contains(wrong), "\(entry.word): /\(ipa)/ writes \(wrong)")
            }
            for word in ipa.split(separator: " ") where BundledDeckTests.syllables(word) >= 2 {
                #expect(word.filter { $0 == "ˈ" }.count == 1, "\(entry.word): /\(ipa)/ needs one primary stress on \(word)")
            }
            #expect(!ipa.hasPrefix("/") && !ipa.hasSuffix("/"))
        }
    }

    @Test("every example sentence holds its word, or a form the deck lists", arguments: Deck.bundledNames)
    func examplesHoldTheWord(name: String) throws {
        for entry in try Deck.bundled(name).entries {
            let sentence = Array(entry.dutchExample.lowercased())
            let found = ([entry.word] + entry.forms).contains { form in
                let needle = Array(form.lowercased())
                return (0...max(0, sentence.count - needle.count)).contains { start in
                    start + needle.count <= sentence.count && Array(sentence[start..<start + needle.count]) == needle
                        && (start == 0 || !sentence[start - 1].isLetter)
                        && (start + needle.count == sentence.count || !sentence[start + needle.count].isLetter)
                }
            }
            #expect(found, "\(name): '\(entry.dutchExample)' holds neither \(entry.word) nor \(entry.forms)")
        }
    }

    @Test("every listed form is used by its sentence, and none just repeats the word")
    func formsAreUsed() throws {
        for entry in try Deck.bundled("ai").entries {
            for form in entry.forms {
                #expect(entry.dutchExample.lowercased().contains(form.lowercased()), "\(entry.word): \(form) is not in its sentence")
                #expect(form.lowercased() != entry.word.lowercased())
            }
        }
    }

    /// The vowel groups of one IPA word: a long vowel or a diphthong is one group.
    static func syllables(_ word: Substring) -> Int {
        let vowels = Set("aɑeɛəiɪoɔuʏyøœʌ")
        var count = 0
        var inVowel = false
        for c in word {
            let isVowel = vowels.contains(c) || (c == "ː" && inVowel)
            if isVowel && !inVowel { count += 1 }
            inVowel = isVowel
        }
        return count
    }
}
