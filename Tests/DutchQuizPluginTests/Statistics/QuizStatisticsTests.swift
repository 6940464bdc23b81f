import Foundation
import KnobsPluginAPI
import Testing
@testable import DutchQuizPlugin

/// `knobs quiz --stats` from cards and reviews made by hand.
@Suite("quiz statistics")
struct QuizStatisticsTests {
    static let now = Date(microsecondsSince1970: 1_710_072_000_000_000)  // 2024-03-10T12:00:00Z
    static let utc = TimeZone(identifier: "UTC")!

    static func card(_ deck: String, _ word: String, _ state: CardState, due: String) -> StoredCard {
        guard case .success(let microseconds) = UTCTimestamp.parse(due) else { fatalError("bad time \(due)") }
        return StoredCard(deck: deck, word: word, card: Card(
            state: state, step: state == .review ? nil : 0, stability: 3, difficulty: 5,
            due: Date(microsecondsSince1970: microseconds), lastReview: Date(microsecondsSince1970: microseconds - 86_400_000_000)))
    }

    static func review(_ time: String, before: String = "learning", rating: Int = 3, deck: String = "test") -> StoredReview {
        StoredReview(deck: deck, word: "gewicht", reviewedAt: time, mode: "production", answer: "", verdict: "exact", suggested: 3,
                     rating: rating, durationMs: 0, stateBefore: before, retrievability: nil, state: "review", step: nil,
                     stability: 3, difficulty: 5, due: time)
    }

    static let cards = [
        card("test", "gewicht", .review, due: "2024-03-10T08:00:00Z"),
        card("test", "netwerk", .review, due: "2024-03-12T09:00:00Z"),
        card("test", "trainen", .learning, due: "2024-03-10T12:10:00Z"),
        card("test", "één", .relearning, due: "2024-03-30T09:00:00Z"),
        card("other", "huis", .review, due: "2024-03-11T09:00:00Z"),
    ]

    static let reviews = [
        review("2024-01-30T09:00:00Z", before: "review", rating: 1),  // outside the 30 days
        review("2024-03-02T09:00:00Z"), review("2024-03-03T09:00:00Z", before: "review", rating: 1),
        review("2024-03-04T09:00:00Z", before: "review", rating: 2), review("2024-03-05T21:00:00Z"),
        review("2024-03-08T09:00:00Z", before: "review", rating: 3), review("2024-03-09T09:00:00Z", rating: 1),
        review("2024-03-10T07:00:00Z", before: "review", rating: 4),
    ]

    static func statistics(onlyTheseDecks: Bool = false, timeZone: TimeZone = utc, reviews: [StoredReview] = reviews) -> QuizStatistics {
        QuizStatistics(cards: cards, reviews: reviews, decks: [QuizDeck(deck: ScriptedQuiz.deck, name: "test")],
                       onlyTheseDecks: onlyTheseDecks, now: now, timeZone: timeZone)
    }

    @Test("cards by state for every deck with cards; new words only where the deck is known")
    func states() {
        let statistics = Self.statistics()
        #expect(statistics.decks.map(\.deck) == ["test", "other"])
        let test = statistics.decks[0]
        #expect(test.new == 0 && test.learning == 1 && test.review == 2 && test.relearning == 1 && test.dueNow == 2)
        #expect(statistics.decks[1].new == nil && statistics.decks[1].review == 1 && statistics.decks[1].dueNow == 0)
        #expect(Self.statistics(onlyTheseDecks: true).decks.map(\.deck) == ["test"])
        let fresh = QuizStatistics(cards: [], reviews: [], decks: [QuizDeck(deck: ScriptedQuiz.deck, name: "test")], onlyTheseDecks: true, now: Self.now, timeZone: Self.utc)
        #expect(fresh.decks[0].new == 4)
    }

    @Test("retention counts the last 30 days' reviews of cards in review; Hard is remembered")
    func retention() {
        let statistics = Self.statistics(onlyTheseDecks: true)
        #expect(statistics.retention == (3, 4))
        #expect(statistics.recent == (4, 1, 2))
    }

    @Test("the streak runs back from today, or from yesterday while today has none; the longest run too")
    func streak() {
        let statistics = Self.statistics()
        #expect(statistics.streak == 3 && statistics.reviewedToday)
        #expect(statistics.longestStreak == 4)
        let notToday = Self.statistics(reviews: Array(Self.reviews.dropLast()))
        #expect(notToday.streak == 2 && !notToday.reviewedToday)
        let lapsed = Self.statistics(reviews: Array(Self.reviews.prefix(5)))
        #expect(lapsed.streak == 0 && lapsed.longestStreak == 4)
    }

    @Test("days begin at midnight where the learner is")
    func timeZones() {
        let lateEvening = [Self.review("2024-03-09T23:30:00Z")]
        #expect(!Self.statistics(reviews: lateEvening).reviewedToday)
        #expect(Self.statistics(timeZone: TimeZone(identifier: "Europe/Amsterdam")!, reviews: lateEvening).reviewedToday)
    }

    @Test("the forecast counts cards by the day they fall due; overdue ones today")
    func forecast() {
        #expect(Self.statistics().forecast == [2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
        #expect(Self.statistics(onlyTheseDecks: true).forecast == [2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    }

    @Test("rendered: the table, the 30 days, the streak and the chart with its numbers")
    func rendered() {
        let text = Self.statistics().render(Terminal(width: 80, color: false, unicode: true))
        for line in [
            "deck   new  learning  review  relearning  due now\n",
            "test     0         1       2           1        2\n",
            "other    -         0       1           0        0\n",
            "total    -         1       3           1        2\n",
            "Last 30 days: 7 answers (4 right, 1 almost, 2 wrong).\n",
            "Retention: 75%: 3 of 4 reviews of learned cards remembered (the aim is 90%).\n",
            "Streak: 3 days, today included. Longest: 4 days.\n",
            "Cards due in the next 14 days",
            "By day: 2 1 1 0 0 0 0 0 0 0 0 0 0 0\n",
        ] {
            #expect(text.contains(line), "missing \(line.debugDescription) in\n\(text)")
        }
        #expect(!text.contains("\u{1B}["))
        let empty = QuizStatistics(cards: [], reviews: [], decks: [], onlyTheseDecks: true, now: Self.now, timeZone: Self.utc)
            .render(Terminal(width: 80, color: false, unicode: false))
        #expect(empty.contains("Retention: no reviews of learned cards yet"))
        #expect(empty.contains("Streak: none yet; a review today starts one.\n"))
        #expect(empty.hasSuffix("\nCards due in the next 14 days: none.\n"), "no chart of nothing:\n\(empty)")
    }
}
