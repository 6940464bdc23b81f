import Foundation
import KnobsPluginAPI
import Testing
@testable import DutchQuizPlugin

/// Whole sessions with a scripted learner, records in memory, a fixed clock and a seed.
@Suite("quiz sessions")
struct QuizSessionTests {
    /// FSRS-6's default first stabilities (w0 and w2) and first difficulty after Good.
    static let againStability = 0.212
    static let goodStability = 2.3065
    static let goodDifficulty = 6.4133 - Foundation.pow(M_E, 0.8334 * 2) + 1

    static func reviews(_ records: QuizRecords) throws -> [StoredReview] {
        try records.reviews()
    }

    static func card(_ records: QuizRecords, _ word: String) throws -> StoredCard? {
        try records.cards().first { $0.word == word }
    }

    @Test("new words in deck order; each comes back after its first step and leaves the session when it graduates")
    func newWordsGraduate() throws {
        let records = ScriptedQuiz.records()
        let (console, summary) = try ScriptedQuiz.run(
            ["het gewicht", "", "netwerk", "", "gewicht", "", "het netwerk", ""], mode: .production, new: 2, records: records)
        #expect(console.readEverything)
        let progress = console.output.split(separator: "\n").filter { $0.contains(" · English → Dutch") }.map { $0.split(separator: " ")[1] }
        #expect(progress == ["1/2", "2/3", "3/4", "4/4"], "\(console.output)")
        #expect(console.output.contains("Saved: good. gewicht is due again in 10 min.\n"))
        let reviews = try Self.reviews(records)
        #expect(reviews.map(\.word) == ["gewicht", "netwerk", "gewicht", "netwerk"])
        #expect(reviews.map(\.rating) == [3, 3, 3, 3])
        #expect(reviews.map(\.stateBefore) == ["new", "new", "learning", "learning"])
        #expect(reviews[0].stability == Self.goodStability && abs(reviews[0].difficulty - Self.goodDifficulty) < 1e-12)
        #expect(reviews[0].state == "learning" && reviews[0].step == 1 && reviews[0].due == "2024-03-01T09:10:00Z")
        for word in ["gewicht", "netwerk"] {
            let card = try #require(try Self.card(records, word))
            #expect(card.state == "review" && card.step == nil, "\(card)")
            #expect(try #require(card.card).due >= ScriptedQuiz.start.addingTimeInterval(86_400))
        }
        #expect(try Self.card(records, "trainen") == nil, "--new 2 takes two new words")
        #expect(summary.answers == 4 && summary.right == 4 && summary.almost == 0 && summary.wrong == 0)
        #expect(console.output.contains("Done: 4 answers in 0:00 (4 right, 0 almost, 0 wrong).\n"), "\(console.output)")
    }

    @Test("each verdict suggests its grade, is saved under its name, and shows the difference", arguments: [
        ("het gewicht", "exact", 3, "✔ Right."),
        ("de gewicht", "article", 2, "≈ Almost: it is het, not de"),
        ("gewihct", "almost", 2, "≈ Almost: one letter off: gewi[hc→ch]t"),
        ("netwerk", "wrong", 1, "✘ Not quite: you wrote \"netwerk\"."),
        ("", "blank", 1, "✘ Not answered."),
    ])
    func verdicts(answer: String, verdict: String, rating: Int, headline: String) throws {
        let records = ScriptedQuiz.records()
        let (console, _) = try ScriptedQuiz.run([answer, ""], mode: .production, new: 1, records: records)
        #expect(console.output.contains(headline + "\n"), "\(console.output)")
        let review = try #require(try Self.reviews(records).first)
        #expect(review.verdict == verdict && review.suggested == rating && review.rating == rating && review.answer == answer)
        let enter = ["again", "hard", "good"][rating - 1]
        #expect(console.output.contains("   Enter: \(enter)\n"))
    }

    @Test("--articles: the question asks for de or het; a noun without it is almost, Hard; other words are asked as before", arguments: [
        ("het gewicht", QuizMode.production, "What is it in Dutch, with de or het?", "✔ Right.", "exact", 3),
        ("gewicht", .production, "What is it in Dutch, with de or het?", "≈ Almost: it takes het", "article", 2),
        ("de gewicht", .production, "What is it in Dutch, with de or het?", "≈ Almost: it is het, not de", "article", 2),
        ("gewihct", .production, "What is it in Dutch, with de or het?", "≈ Almost: one letter off: gewi[hc→ch]t, and it takes het", "almost", 2),
        ("gewicht", .listening, "Write the Dutch word you heard, with its article.", "≈ Almost: it takes het", "article", 2),
        ("trainen", .production, "What is it in Dutch?", "✔ Right.", "exact", 3),
    ])
    func articlesRequired(answer: String, mode: QuizMode, prompt: String, headline: String, verdict: String, rating: Int) throws {
        let records = ScriptedQuiz.records()
        let entry = ScriptedQuiz.deck.entries.first { $0.word == (answer == "trainen" ? "trainen" : "gewicht") }!
        let deck = Deck(name: "test", entries: [entry])
        let (console, _) = try ScriptedQuiz.run([answer, ""], mode: mode, new: 1, records: records, speaker: RecordingSpeaker(),
                                                deck: deck, articles: true)
        #expect(console.output.contains("\n" + prompt + "\n") && console.output.contains("\n" + headline + "\n"), "\(console.output)")
        let review = try #require(try Self.reviews(records).first)
        #expect(review.verdict == verdict && review.suggested == rating, "\(review)")
        let without = try ScriptedQuiz.run([answer, ""], mode: mode, new: 1, records: ScriptedQuiz.records(), speaker: RecordingSpeaker(), deck: deck)
        #expect(!without.console.output.contains("with de or het") && !without.console.output.contains("it takes het"), "\(without.console.output)")
    }

    @Test("accents that make another word are almost: een for één")
    func accentsMakeAnotherWord() throws {
        let records = ScriptedQuiz.records()
        let deck = Deck(name: "test", entries: [ScriptedQuiz.deck.entries[3]])
        let (console, _) = try ScriptedQuiz.run(["een", ""], mode: .production, new: 1, records: records, deck: deck)
        #expect(console.output.contains("≈ Almost: the accents make it another word: [e→é][e→é]n\n"), "\(console.output)")
        #expect(try Self.reviews(records).map(\.verdict) == ["other-word"])
    }

    @Test("the grade the learner types replaces the suggestion, as with Anki's buttons", arguments: [
        ("3", 3), ("good", 3), (":good", 3), ("g", 3), ("4", 4), (":easy", 4), ("2", 2), ("hard", 2), ("1", 1),
    ])
    func override(grade: String, rating: Int) throws {
        let records = ScriptedQuiz.records()
        let (console, summary) = try ScriptedQuiz.run(["xyz", grade], mode: .production, new: 1, records: records)
        let review = try #require(try Self.reviews(records).first)
        #expect(review.suggested == 1 && review.rating == rating)
        #expect(console.output.contains("Saved: \(Rating(rawValue: rating)!). gewicht is due again in"))
        #expect(summary.wrong == (rating == 1 ? 1 : 0) && summary.right == (rating >= 3 ? 1 : 0))
    }

    @Test("a grade that is none is asked again; the buttons show when each grade brings the card back")
    func unknownGrade() throws {
        let records = ScriptedQuiz.records()
        let (console, _) = try ScriptedQuiz.run(["gewicht", "5", "perfect", "", ":quit"], mode: .production, new: 1, records: records)
        #expect(console.output.components(separatedBy: RatingInput.help).count == 3)
        #expect(console.output.contains("  1 again 1 min · 2 hard 6 min · 3 good 10 min · 4 easy "), "\(console.output)")
        #expect(try Self.reviews(records).map(\.rating) == [3])
    }

    @Test(":quit or the end of the input before an answer leaves the card as it was; after it, the suggested grade is saved")
    func leaving() throws {
        for script in [["het gewicht", "", ":quit"], ["het gewicht", ""]] {
            let records = ScriptedQuiz.records()
            let (console, summary) = try ScriptedQuiz.run(script, mode: .production, new: 2, records: records)
            #expect(try Self.reviews(records).map(\.word) == ["gewicht"])
            #expect(try Self.card(records, "netwerk") == nil)
            #expect(summary.answers == 1 && console.output.contains("Done: 1 answer in 0:00"))
        }
        let records = ScriptedQuiz.records()
        let (console, _) = try ScriptedQuiz.run(["het gewicht"], mode: .production, new: 2, records: records)
        #expect(try Self.reviews(records).map(\.rating) == [3], "the end of the input at the grade keeps the suggestion")
        #expect(console.output.contains("Saved: good."))
        let quitting = ScriptedQuiz.records()
        try ScriptedQuiz.run(["xyz", ":quit", "netwerk", ""], mode: .production, new: 2, records: quitting)
        #expect(try Self.reviews(quitting).map(\.rating) == [1], ":quit at the grade saves the suggestion and stops")
    }

    @Test(":skip passes a card without a review; other commands while answering are explained")
    func skip() throws {
        let records = ScriptedQuiz.records()
        let (console, summary) = try ScriptedQuiz.run([":skip", ":what", "netwerk", "", ":quit"], mode: .production, new: 2, records: records)
        #expect(console.output.contains("Skipped: het gewicht stays as it was.\n"))
        #expect(console.output.contains("While answering: Enter alone shows the answer; :say speaks the word, :skip passes, :quit stops.\n"))
        #expect(try Self.reviews(records).map(\.word) == ["netwerk"])
        #expect(summary.skipped == 1 && console.output.contains("(1 right, 0 almost, 0 wrong, 1 skipped)"))
    }

    @Test("due reviews come before new words, the most overdue first")
    func dueFirst() throws {
        let records = ScriptedQuiz.records()
        try ScriptedQuiz.run(["gewicht", "", "netwerk", "4", "gewicht", ""], mode: .production, new: 2, records: records)
        let later = ScriptedQuiz.start.addingTimeInterval(60 * 86_400)
        let (console, _) = try ScriptedQuiz.run([":quit"], mode: .production, new: 1, at: later, records: records)
        #expect(console.output.contains("test: 2 due, 1 new.\n"), "\(console.output)")
        let first = try #require(console.output.split(separator: "\n").first { $0.contains("1/3") })
        #expect(!first.contains("new word"))
        // gewicht (Good twice: a few days) fell due before netwerk (Easy: about 8 days).
        #expect(console.output.contains("1/3 · English → Dutch\n  weight\n"), "\(console.output)")
    }

    @Test("nothing due and no new words: the session says when the deck is next due")
    func nothingDue() throws {
        let records = ScriptedQuiz.records()
        try ScriptedQuiz.run(["gewicht", "4"], mode: .production, new: 1, records: records)
        let (console, summary) = try ScriptedQuiz.run([], mode: .production, new: 0, records: records)
        #expect(console.output.hasPrefix("Nothing is due in test; --new N takes new words.\nNext due: gewicht in "), "\(console.output)")
        #expect(summary.answers == 0 && summary.nextDue?.word == "gewicht")
    }

    @Test("a review that cannot be saved stops the session before it is acknowledged")
    func saveFailure() throws {
        let records = QuizRecords(PluginRecords(plugin: "dutch-quiz", store: FailingRecordStore()))
        let console = ScriptedConsole(["gewicht", ""])
        let session = QuizSession(deck: QuizDeck(deck: ScriptedQuiz.deck, name: "test"), options: QuizOptions(mode: .production, seed: 1, now: ScriptedQuiz.start),
                                  console: console, records: records, speaker: nil)
        let failure = try #require(throws: ReviewNotSaved.self) { try session.run() }
        #expect(failure.word == "gewicht" && failure.cause is FailingRecordStore.Full)
        #expect(failure.description.hasPrefix("not saved: your review of 'gewicht' (good): "), "\(failure)")
        #expect(!console.output.contains("Saved"))
    }

    @Test("multiple choice: the number or the text of an option; a wrong option is named")
    func choice() throws {
        let records = ScriptedQuiz.records()
        let (console, _) = try ScriptedQuiz.run(["weight", "", "weight", "", "7", "", ":quit"], mode: .choice, new: 3, records: records)
        #expect(console.output.contains("✔ Right."))
        #expect(console.output.contains("✘ Not quite: you chose "), "\(console.output)")
        #expect(console.output.contains("Type a number from 1 to 4, or the meaning.\n"))
        #expect(try Self.reviews(records).map(\.verdict) == ["exact", "wrong", "blank"])
    }

    @Test("cloze: the form the sentence uses is right; the word itself in another form is almost")
    func cloze() throws {
        let deck = Deck(name: "test", entries: [ScriptedQuiz.deck.entries[2]])
        for (answer, verdict) in [("getraind", "exact"), ("trainen", "form"), ("trein", "wrong")] {
            let records = ScriptedQuiz.records()
            let (console, _) = try ScriptedQuiz.run([answer, ""], mode: .cloze, new: 1, records: records, deck: deck)
            #expect(console.output.contains("  Het model is _____.\n  (The model was trained.)\nWhich word fills the gap?\n"), "\(console.output)")
            #expect(try Self.reviews(records).map(\.verdict) == [verdict])
            #expect(console.output.contains("  The gap: getraind\n"))
        }
    }

    @Test("mixed: multiple choice for a new word, Dutch → English in its steps, the harder kinds in review")
    func mixed() throws {
        let records = ScriptedQuiz.records()
        let (first, _) = try ScriptedQuiz.run(["weight", "", "weight", "", ":quit"], mode: .mixed, new: 1, records: records)
        #expect(first.output.contains("1/1 · multiple choice · new word\n"), "\(first.output)")
        #expect(first.output.contains("2/2 · Dutch → English\n"))
        var kinds: Set<String> = []
        for day in 1...12 {
            let (later, _) = try ScriptedQuiz.run(
                [":skip"], mode: .mixed, new: 0, at: ScriptedQuiz.start.addingTimeInterval(30 * 86_400), records: records, seed: UInt64(day))
            for kind in ["English → Dutch", "fill the gap", "Dutch → English"] where later.output.contains("1/1 · \(kind)\n") { kinds.insert(kind) }
        }
        #expect(kinds == ["English → Dutch", "fill the gap", "Dutch → English"])
    }

    @Test("listening speaks the word with its article; :say repeats it, but not where the word is the answer")
    func listening() throws {
        let speaker = RecordingSpeaker()
        let records = ScriptedQuiz.records()
        let (console, _) = try ScriptedQuiz.run([":say", "gewicht", "", ":quit"], mode: .listening, new: 1, records: records, speaker: speaker)
        // Spoken with the question, again for :say, and with the question when the card comes back.
        #expect(speaker.spoken == ["het gewicht", "het gewicht", "het gewicht"])
        #expect(console.output.contains("Write the Dutch word you heard.\n"))
        #expect(try Self.reviews(records).map(\.mode) == ["listening"])

        let production = RecordingSpeaker()
        let (shown, _) = try ScriptedQuiz.run([":say", "gewicht", ":say", "", ":quit"], mode: .production, new: 1, records: ScriptedQuiz.records(), speaker: production)
        #expect(shown.output.contains("Not yet: the word is the answer. :say works once it is shown.\n"))
        #expect(production.spoken == ["het gewicht"], "spoken only once the answer is shown")
    }

    @Test("listening without espeak-ng is skipped with a note")
    func listeningWithoutSpeech() throws {
        let records = ScriptedQuiz.records()
        let (console, summary) = try ScriptedQuiz.run(["gewicht", ""], mode: .listening, new: 1, records: records)
        #expect(console.output.hasPrefix(SpeechNote.missing + " The listening questions are skipped.\n"))
        #expect(summary.answers == 0 && !console.output.contains("1/1"))
        #expect(try Self.reviews(records).isEmpty)
    }

    @Test("the prompts: answer › while answering, grade › for the grade")
    func prompts() throws {
        let (console, _) = try ScriptedQuiz.run(["gewicht", ""], mode: .production, new: 1, records: ScriptedQuiz.records())
        #expect(console.prompts.prefix(2) == ["answer › ", "grade › "])
    }
}
