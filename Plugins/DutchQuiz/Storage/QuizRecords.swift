import Foundation
import KnobsPluginAPI

/// The quiz's part of the knobs database: one document per card, one log entry per review.
///
/// ``save(_:review:)`` writes a card and its review in one transaction, synced before it
/// returns: a review the session has acknowledged survives a crash or a `SIGKILL`.
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

    /// Saves a card's new state and appends its review, in one transaction.
    func save(_ card: StoredCard, review: StoredReview, at time: Date) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try records.commit(
            saving: [StoredRecord(kind: StoredCard.kind, key: card.key, date: time, data: try encoder.encode(card))],
            appending: [StoredRecord(kind: StoredReview.kind, key: card.key, date: time, data: try encoder.encode(review))])
    }
}
