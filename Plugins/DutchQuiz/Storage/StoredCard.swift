import Foundation

/// A card as the quiz keeps it in the knobs database: a document of kind `card` whose key is
/// `DECK/word` (the word as answers are compared: lower case, NFC), encoded as JSON.
///
/// ```json
/// {"deck":"corner","difficulty":2.118,"due":"2024-03-03T09:00:00Z","last_review":"2024-03-01T09:00:00Z",
///  "stability":2.3065,"state":"review","word":"Computer"}
/// ```
/// Times are ISO 8601 in UTC to the microsecond; `step` is left out in review, and
/// `stability`, `difficulty` and `last_review` before the first review (which never happens:
/// a card is saved at its first review).
public struct StoredCard: Codable, Equatable, Sendable {
    /// The deck's name: a bundled deck's name, or a deck file's name without its folder and extension.
    public var deck: String
    /// The word as the deck writes it.
    public var word: String
    public var state: String
    public var step: Int?
    public var stability: Double?
    public var difficulty: Double?
    public var due: String
    public var lastReview: String?

    enum CodingKeys: String, CodingKey {
        case deck, word, state, step, stability, difficulty, due, lastReview = "last_review"
    }

    /// The document's kind.
    static let kind = "card"

    /// The key of `word`'s card in `deck`.
    static func key(deck: String, word: String) -> String {
        "\(deck)/\(DeckEntry.key(word))"
    }

    init(deck: String, word: String, card: Card) {
        self.deck = deck
        self.word = word
        state = card.state.description
        step = card.step
        stability = card.stability
        difficulty = card.difficulty
        due = UTCTimestamp.format(card.due.microsecondsSince1970)
        lastReview = card.lastReview.map { UTCTimestamp.format($0.microsecondsSince1970) }
    }

    /// The scheduler's card, or nil when the document does not hold one.
    public var card: Card? {
        guard let state = CardState.allCases.first(where: { $0.description == self.state }),
              case .success(let due) = UTCTimestamp.parse(due) else { return nil }
        var last: Date?
        if let lastReview {
            guard case .success(let microseconds) = UTCTimestamp.parse(lastReview) else { return nil }
            last = Date(microsecondsSince1970: microseconds)
        }
        return Card(state: state, step: step, stability: stability, difficulty: difficulty,
                    due: Date(microsecondsSince1970: due), lastReview: last)
    }

    /// The key the document is stored under.
    var key: String { StoredCard.key(deck: deck, word: word) }
}
