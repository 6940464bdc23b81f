import Foundation

/// The order of a session's cards: due reviews first, then new words; a card whose next
/// step falls within ``learnAhead`` comes back in the same session, as in Anki.
///
/// A returning card is shown as soon as it is due; when nothing else is left, the one due
/// first is shown early (it is at most ``learnAhead`` away). With a fixed clock nothing ever
/// falls due, so returning cards come after the others, in the order they are due.
struct SessionQueue {
    /// How far ahead a learning card may be shown: Anki's learn-ahead limit.
    static let learnAhead: TimeInterval = 20 * 60

    private var waiting: [String]
    private var returning: [(key: String, due: Date)] = []

    /// The cards, by key, in the order to show them.
    init(_ keys: [String]) {
        waiting = keys
    }

    /// How many questions are left, the one in hand not counted.
    var count: Int { waiting.count + returning.count }

    /// The next card at `now`, or nil when the session is over.
    mutating func next(at now: Date) -> String? {
        if let index = returning.indices.min(by: { returning[$0].due < returning[$1].due }) {
            if returning[index].due <= now || waiting.isEmpty {
                return returning.remove(at: index).key
            }
        }
        return waiting.isEmpty ? nil : waiting.removeFirst()
    }

    /// Shows the card again this session when it is due by `time` + ``learnAhead``; true if it will be.
    mutating func bringBack(_ key: String, due: Date, reviewedAt time: Date) -> Bool {
        guard due <= time.addingTimeInterval(SessionQueue.learnAhead) else { return false }
        returning.append((key, due))
        return true
    }
}
