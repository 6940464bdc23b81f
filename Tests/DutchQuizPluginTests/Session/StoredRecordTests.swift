import Foundation
import Testing
@testable import DutchQuizPlugin

/// The JSON the quiz keeps in the knobs database.
@Suite("stored cards and reviews")
struct StoredRecordTests {
    @Test("a card goes into its document and comes back the same, to the microsecond")
    func cardRoundTrip() throws {
        let card = Card(state: .relearning, step: 0, stability: 1.234_567_890_123_4, difficulty: 7.5,
                        due: Date(microsecondsSince1970: 1_709_283_600_123_456), lastReview: Date(microsecondsSince1970: 1_709_283_000_000_001))
        let stored = StoredCard(deck: "ai", word: "Gewicht", card: card)
        #expect(stored.key == "ai/gewicht")
        #expect(stored.due == "2024-03-01T09:00:00.123456Z")
        let decoded = try JSONDecoder().decode(StoredCard.self, from: try JSONEncoder().encode(stored))
        #expect(decoded.card == card)
    }

    @Test("the document's JSON uses the documented names; a document that is not a card gives none")
    func json() throws {
        let text = #"{"deck":"corner","word":"Idee","state":"review","stability":3.5,"difficulty":5,"due":"2024-03-04T09:00:00Z","last_review":"2024-03-01T09:00:00Z"}"#
        let stored = try JSONDecoder().decode(StoredCard.self, from: Data(text.utf8))
        #expect(stored.card?.state == .review && stored.card?.step == nil && stored.card?.stability == 3.5)
        var broken = stored
        broken.state = "new"
        #expect(broken.card == nil)
        broken = stored
        broken.due = "soon"
        #expect(broken.card == nil)
    }

    @Test("a review's outcome follows the grade kept", arguments: [(1, ReviewOutcome.wrong), (2, .almost), (3, .right), (4, .right)])
    func outcome(rating: Int, outcome: ReviewOutcome) {
        let review = StoredReview(deck: "d", word: "w", reviewedAt: "2024-03-01T09:00:00Z", mode: "production", answer: "", verdict: "wrong",
                                  suggested: 1, rating: rating, durationMs: 0, stateBefore: "new", retrievability: nil, state: "learning",
                                  step: 0, stability: 1, difficulty: 5, due: "2024-03-01T09:01:00Z")
        #expect(review.outcome == outcome)
        #expect(review.date == ScriptedQuiz.start)
    }
}
