import DutchQuizPlugin
import Testing

/// The rules of docs/QUIZ.md, "Matching answers", one table each.
@Suite("matching answers")
struct AnswerMatcherTests {
    static let gewicht = DeckFixtures.entry("gewicht", .het, meanings: ["weight", "load"])
    static let trainen = DeckFixtures.entry("trainen", meanings: ["to train", "to practise"], tags: ["verb"])
    static let gradient = DeckFixtures.entry("gradiënt", .de, meanings: ["gradient"])
    static let een = DeckFixtures.entry("één", meanings: ["one"])
    static let begrijpen = DeckFixtures.entry("begrijpen", meanings: ["to understand"])
    static let rol = DeckFixtures.entry("een rol spelen", meanings: ["to play a role"])
    static let zon = DeckFixtures.entry("zo'n", meanings: ["such a"])
    static let netwerk = DeckFixtures.entry("netwerk", .het, meanings: ["(neural) network"])
    static let matcher = AnswerMatcher()

    /// The verdict of a Dutch answer, in short: `exact`, `almost …`, `accents …`, `article …`, `wrong`.
    static func word(_ answer: String, _ entry: DeckEntry, requireArticle: Bool = false) -> String {
        matcher.matchWord(answer, for: entry, requireArticle: requireArticle).summary
    }

    static func meaning(_ answer: String, _ entry: DeckEntry) -> String {
        matcher.matchMeaning(answer, for: entry).summary
    }

    @Test("rule 1: case does not count", arguments: [
        ("gewicht", "exact"), ("GEWICHT", "exact"), ("Gewicht", "exact"), ("gEwIcHt", "exact"),
    ])
    func caseRule(answer: String, expected: String) {
        #expect(Self.word(answer, Self.gewicht) == expected)
    }

    @Test("rule 2: spaces around and between words do not count", arguments: [
        ("  gewicht  ", "exact"), ("\tgewicht\n", "exact"), ("een  rol   spelen", "exact"),
        ("een\u{00A0}rol spelen", "exact"), (" een rol spelen ", "exact"), ("eenrol spelen", "almost missingLetter"),
    ])
    func spaces(answer: String, expected: String) {
        #expect(Self.word(answer, answer.contains("rol") ? Self.rol : Self.gewicht) == expected)
    }

    @Test("rule 3: punctuation is dropped; typographic apostrophes and dashes are the plain ones", arguments: [
        ("gewicht.", "exact"), ("gewicht!", "exact"), ("\"gewicht\"", "exact"), ("„gewicht”", "exact"), ("(gewicht)", "exact"),
        ("gewicht?!", "exact"), ("zo’n", "exact"), ("zo'n", "exact"), ("zo`n", "exact"), ("zon", "wrong"),
    ])
    func punctuation(answer: String, expected: String) {
        #expect(Self.word(answer, answer.contains("zo") ? Self.zon : Self.gewicht) == expected)
    }

    @Test("rule 4: NFC and NFD are the same text; the ĳ ligature is i + j", arguments: [
        ("gradi\u{00EB}nt", "gradiënt"), ("gradie\u{0308}nt", "gradiënt"), ("begr\u{0133}pen", "begrijpen"), ("BEGR\u{0132}PEN", "begrijpen"),
        ("e\u{0301}e\u{0301}n", "één"),
    ])
    func unicode(answer: String, word: String) {
        let entry = [Self.gradient, Self.begrijpen, Self.een].first { $0.word == word }!
        #expect(Self.word(answer, entry) == "exact")
    }

    @Test("rule 5: de/het may be left out; a wrong one is reported; a mode may require it", arguments: [
        ("het gewicht", false, "exact"), ("gewicht", false, "exact"), ("Het  gewicht.", false, "exact"),
        ("de gewicht", false, "article het, given de"), ("het gewicht", true, "exact"), ("gewicht", true, "article het, given none"),
        ("de gewicht", true, "article het, given de"), ("de gewihct", false, "almost transposition, article het, given de"),
    ])
    func articles(answer: String, required: Bool, expected: String) {
        #expect(Self.word(answer, Self.gewicht, requireArticle: required) == expected)
    }

    @Test("rule 5: a right word with a wrong article is Hard, even when its accents are only misspelt")
    func articleGrades() {
        #expect(Self.matcher.matchWord("de gewicht", for: Self.gewicht).suggestedRating == .hard)
        #expect(Self.matcher.matchWord("gewicht", for: Self.gewicht, requireArticle: true).suggestedRating == .hard)
        let slip = Self.matcher.matchWord("het gradient", for: Self.gradient)
        #expect(slip.verdict == .wrongArticle(ArticleSlip(expected: .de, given: .het)))
        #expect(slip.suggestedRating == .hard)
        #expect(Self.matcher.matchWord("het gewicht", for: Self.gewicht).expected == "het gewicht")
    }

    @Test("rule 5: a word that is not a noun takes no article", arguments: [("de trainen", "wrong"), ("trainen", "exact")])
    func noArticle(answer: String, expected: String) {
        #expect(Self.word(answer, Self.trainen, requireArticle: true) == expected)
    }

    @Test("rule 6: any accepted meaning; to, a, an, the optional at the start; (…) optional", arguments: [
        ("weight", "gewicht", "exact"), ("load", "gewicht", "exact"), ("the weight", "gewicht", "exact"), ("a load", "gewicht", "exact"),
        ("weights", "gewicht", "almost extraLetter"), ("heavy", "gewicht", "wrong"),
        ("weight; load", "gewicht", "exact"), ("load, the weight", "gewicht", "exact"), ("weight; heavy", "gewicht", "wrong"),
        ("weight, wieght", "gewicht", "wrong"), ("weight;", "gewicht", "exact"), ("train, practise", "trainen", "exact"),
        ("to train", "trainen", "exact"), ("train", "trainen", "exact"), ("practise", "trainen", "exact"), ("To Practise.", "trainen", "exact"),
        ("network", "netwerk", "exact"), ("neural network", "netwerk", "exact"), ("the neural network", "netwerk", "exact"),
        ("neural", "netwerk", "wrong"), ("play a role", "een rol spelen", "exact"),
    ])
    func meanings(answer: String, word: String, expected: String) {
        let entry = [Self.gewicht, Self.trainen, Self.netwerk, Self.rol].first { $0.word == word }!
        #expect(Self.meaning(answer, entry) == expected)
    }

    @Test("rule 7: accents only: flagged with the right spelling; not fully right where they change the word", arguments: [
        ("een", "één", "accents [e→é][e→é]n, another word", SuggestedRating.hard),
        ("gradient", "gradiënt", "accents gradi[e→ë]nt", .good),
        ("begrïjpen", "begrijpen", "accents begr[ï→i]jpen", .good),
        ("één rol spelen", "een rol spelen", "accents [é→e][é→e]n rol spelen, another word", .hard),
    ])
    func accents(answer: String, word: String, expected: String, rating: SuggestedRating) {
        let entry = [Self.een, Self.gradient, Self.begrijpen, Self.rol].first { $0.word == word }!
        let match = Self.matcher.matchWord(answer, for: entry)
        #expect(match.summary == expected)
        #expect(match.suggestedRating == rating)
        #expect(match.expected == entry.wordWithArticle)
    }

    @Test("rule 8: one typo in a word of five letters or more is almost, shown with the difference", arguments: [
        ("netwerj", "netwerk", "netwer[j→k]", Typo.Kind.substitution),
        ("gewcht", "gewicht", "gew[+i]cht", .missingLetter),
        ("gewiicht", "gewicht", "gewi[-i]cht", .extraLetter),
        ("gewihct", "gewicht", "gewi[hc→ch]t", .transposition),
        ("tarinen", "trainen", "t[ar→ra]inen", .transposition),
        ("trainenn", "trainen", "trainen[-n]", .extraLetter),
        ("gradeint", "gradiënt", "grad[ei→ië]nt", .transposition),
    ])
    func typos(answer: String, word: String, rendered: String, kind: Typo.Kind) {
        let entry = [Self.netwerk, Self.gewicht, Self.trainen, Self.gradient].first { $0.word == word }!
        let match = Self.matcher.matchWord(answer, for: entry)
        guard case .almost(let typo) = match.verdict else {
            Issue.record("\(answer): \(match.verdict)")
            return
        }
        #expect(typo.kind == kind)
        #expect(typo.rendered == rendered)
        #expect(match.suggestedRating == .hard)
    }

    @Test("rule 8: no typo is forgiven in a short word, and two slips are wrong", arguments: [
        ("taak", "taal"), ("zn", "zin"), ("gwihct", "gewicht"), ("nteewrk", "netwerk"), ("", "gewicht"),
    ])
    func notTypos(answer: String, word: String) {
        #expect(Self.word(answer, DeckFixtures.entry(word)) == "wrong")
    }

    @Test("rule 8: a typo that spells another word of the deck is wrong")
    func typoIsAnotherWord() {
        let kopen = DeckFixtures.entry("kopen", meanings: ["to buy"])
        let koken = DeckFixtures.entry("koken", meanings: ["to cook"])
        let deck = Deck(name: "x", entries: [kopen, koken])
        #expect(AnswerMatcher(deck: deck).matchWord("koken", for: kopen).verdict == .wrong)
        #expect(AnswerMatcher(deck: deck).matchWord("kopne", for: kopen).suggestedRating == .hard)
        #expect(AnswerMatcher().matchWord("koken", for: kopen).suggestedRating == .hard)
        #expect(AnswerMatcher(deck: deck).matchMeaning("to cook", for: kopen).verdict == .wrong)
    }

    @Test("rule 9: the suggested FSRS rating is Good, Hard or Again, never Easy", arguments: [
        ("gewicht", SuggestedRating.good), ("gewihct", .hard), ("de gewicht", .hard), ("huis", .again), ("", .again),
    ])
    func ratings(answer: String, rating: SuggestedRating) {
        let match = Self.matcher.matchWord(answer, for: Self.gewicht)
        #expect(match.suggestedRating == rating)
        #expect(match.isPass == (rating != .again))
        #expect(match.suggestedRating.rawValue <= 3)
    }

    @Test("a cloze matches the form blanked out, by the same rules")
    func cloze() {
        #expect(Self.matcher.matchForm("Getraind", expected: "getraind").verdict == .exact)
        #expect(Self.matcher.matchForm("getriand", expected: "getraind").suggestedRating == .hard)
        #expect(Self.matcher.matchForm("trainen", expected: "getraind").verdict == .wrong)
    }
}

extension AnswerMatch {
    /// The verdict in a few words, for the tables.
    var summary: String {
        var parts: [String]
        switch verdict {
        case .exact: parts = ["exact"]
        case .wrong: parts = ["wrong"]
        case .almost(let typo): parts = ["almost \(typo.kind.rawValue)"]
        case .accentsOnly(let slip): parts = ["accents \(slip.rendered)" + (slip.changesWord ? ", another word" : "")]
        case .wrongArticle: parts = []
        }
        if let slip = articleSlip {
            parts.append("article \(slip.expected.rawValue), given \(slip.given?.rawValue ?? "none")")
        }
        return parts.joined(separator: ", ")
    }
}
