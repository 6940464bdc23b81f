import Foundation
import KnobsPluginAPI

extension ReplayReport {
    /// A plain text table, one line per review, columns aligned for a monospaced font.
    ///
    /// ```
    /// card     reviewed              rating  R       state     step  S (days)  D       due
    /// gewicht  2024-03-01T09:00:00Z  good    -       learning  1     2.3065    2.1181  2024-03-01T09:10:00Z
    /// ```
    /// R is the retrievability before the review; S, D and due are after it.
    public func renderTable() -> String {
        let header = ["card", "reviewed", "rating", "R", "state", "step", "S (days)", "D", "due"]
        let numeric: Set<Int> = [3, 6, 7]
        let lines = rows.map { row in
            [
                row.cardID,
                UTCTimestamp.format(row.reviewedAt.microsecondsSince1970),
                row.rating.description,
                row.retrievability.map { String(format: "%.4f", $0) } ?? "-",
                row.card.state.description,
                row.card.step.map(String.init) ?? "-",
                String(format: "%.4f", row.card.stability ?? 0),
                String(format: "%.4f", row.card.difficulty ?? 0),
                UTCTimestamp.format(row.card.due.microsecondsSince1970),
            ]
        }
        let widths = header.indices.map { column in
            ([header] + lines).map { DisplayWidth.of($0[column]) }.max() ?? 0
        }
        func layout(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { column, cell in
                let fill = String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
                return numeric.contains(column) ? fill + cell : cell + fill
            }
            let line = padded.joined(separator: "  ")
            return String(line.reversed().drop(while: { $0 == " " }).reversed())
        }
        return ([layout(header)] + lines.map(layout)).map { $0 + "\n" }.joined()
    }

    /// JSON for programs: `{"reviews": [...]}`, one object per review with the keys
    /// `card`, `reviewed_at`, `rating` (1–4), `retrievability` (null on a card's first
    /// review), `state`, `step` (null in review), `stability`, `difficulty` and `due`;
    /// times in ISO 8601 UTC, numbers at full precision.
    public func renderJSON() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(reviews: rows.map(Review.init)))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private struct Document: Encodable {
        var reviews: [Review]
    }

    private struct Review: Encodable {
        var card: String
        var reviewedAt: String
        var rating: Int
        var retrievability: Double?
        var state: String
        var step: Int?
        var stability: Double?
        var difficulty: Double?
        var due: String

        init(_ row: ReplayRow) {
            card = row.cardID
            reviewedAt = UTCTimestamp.format(row.reviewedAt.microsecondsSince1970)
            rating = row.rating.rawValue
            retrievability = row.retrievability
            state = row.card.state.description
            step = row.card.step
            stability = row.card.stability
            difficulty = row.card.difficulty
            due = UTCTimestamp.format(row.card.due.microsecondsSince1970)
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(card, forKey: .card)
            try container.encode(reviewedAt, forKey: .reviewedAt)
            try container.encode(rating, forKey: .rating)
            try container.encode(retrievability, forKey: .retrievability)  // null, not missing
            try container.encode(state, forKey: .state)
            try container.encode(step, forKey: .step)
            try container.encode(stability, forKey: .stability)
            try container.encode(difficulty, forKey: .difficulty)
            try container.encode(due, forKey: .due)
        }

        enum CodingKeys: String, CodingKey {
            case card, reviewedAt = "reviewed_at", rating, retrievability, state, step, stability, difficulty, due
        }
    }
}
