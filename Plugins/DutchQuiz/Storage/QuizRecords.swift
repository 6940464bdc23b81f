import Foundation
import KnobsPluginAPI

/// The quiz's part of the knobs database: one document per card, one log entry per review.
///
/// ``review(_:at:_:)`` reads a card and writes it back with its review in one transaction,
/// synced before it returns: a review the session has acknowledged survives a crash or a
/// `SIGKILL`, and a review another session made meanwhile is not lost.
public struct QuizRecords: Sendable {
    let records: PluginRecords

    public init(_ records: PluginRecords) {
        self.records = records
    }

    /// Every stored card, of every deck.
    public func cards() throws -> [StoredCard] {
        try records.documents(StoredCard.kind).compactMap { try? JSONDecoder().decode(StoredCard.self, from: $0.data) }
    }

    /// The stored cards of one deck, by their key.
    func cards(deck: String) throws -> [String: StoredCard] {
        Dictionary(try cards().filter { $0.deck == deck }.map { ($0.key, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// The logged reviews, oldest first, from `since` on when given.
    public func reviews(since: Date? = nil) throws -> [StoredReview] {
        try records.log(StoredReview.kind, since: since).compactMap { try? JSONDecoder().decode(StoredReview.self, from: $0.data) }
    }

    /// Reviews a card as the database holds it now and saves the new card with its review,
    /// in one transaction: another session (the REPL's `:quiz`, a second `knobs quiz`) may
    /// have reviewed the same card since this one read it, and its review must count.
    ///
    /// - Parameters:
    ///   - key: The card's key.
    ///   - review: Given the stored card (nil for a new word, or one whose document cannot
    ///     be read), the card after the review and the review.
    ///   - time: When the review happened.
    /// - Returns: What `review` returned, as saved.
    func review(_ key: String, at time: Date, _ review: (StoredCard?) throws -> (card: StoredCard, review: StoredReview)) throws -> (card: StoredCard, review: StoredReview) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var saved: (card: StoredCard, review: StoredReview)?
        try records.update(StoredCard.kind, key: key) { current in
            let outcome = try review(current.flatMap { try? JSONDecoder().decode(StoredCard.self, from: $0.data) })
            saved = outcome
            return (saving: [StoredRecord(kind: StoredCard.kind, key: key, date: time, data: try encoder.encode(outcome.card))],
                    appending: [StoredRecord(kind: StoredReview.kind, key: key, date: time, data: try encoder.encode(outcome.review))])
        }
        // update runs the change once, or throws.
        return saved!
    }
}
