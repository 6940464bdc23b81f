import Foundation

/// What `knobs quiz --stats` shows: cards by state, retention over the last 30 days, the
/// streak of days, and a 14-day forecast of due cards.
///
/// Computed from the stored cards and the review log alone, at a given time and time zone
/// (days begin at midnight where the learner is).
public struct QuizStatistics: Equatable, Sendable {
    /// One deck's cards by state.
    public struct DeckCounts: Equatable, Sendable {
        public var deck: String
        /// Words of the deck never reviewed; nil when the deck's entries are not known here
        /// (a deck file not given with `--deck`).
        public var new: Int?
        public var learning = 0
        public var review = 0
        public var relearning = 0
        /// Cards due now (review cards on or after their due time; learning ones within 20 minutes).
        public var dueNow = 0
    }

    /// How many days the forecast covers, today first.
    public static let forecastDays = 14
    /// How many days back retention and the answer counts look.
    public static let recentDays = 30

    public var decks: [DeckCounts]
    /// Reviews in the last 30 days of cards that were in review, and how many were remembered
    /// (rated Hard, Good or Easy): FSRS's "true retention", which learning steps do not count in.
    public var retention: (remembered: Int, reviews: Int)
    /// The answers of the last 30 days by outcome.
    public var recent: (right: Int, almost: Int, wrong: Int)
    /// Days in a row with at least one review, up to today (or up to yesterday, while today
    /// may still keep it going).
    public var streak: Int
    /// Whether today already has a review.
    public var reviewedToday: Bool
    /// The longest run of days with reviews.
    public var longestStreak: Int
    /// Cards due on each of the next 14 days; today's count includes every overdue card.
    public var forecast: [Int]
    /// When the statistics were taken.
    public var now: Date
    public var timeZone: TimeZone

    public static func == (a: QuizStatistics, b: QuizStatistics) -> Bool {
        a.decks == b.decks && a.retention == b.retention && a.recent == b.recent && a.streak == b.streak
            && a.reviewedToday == b.reviewedToday && a.longestStreak == b.longestStreak && a.forecast == b.forecast
    }

    /// The bundled decks, whose new words can be counted without a `--deck`.
    public static func bundledDecks() -> [QuizDeck] {
        Deck.bundledNames.compactMap { name in (try? Deck.bundled(name)).map { QuizDeck(deck: $0, name: name) } }
    }

    /// The statistics of `cards` and `reviews`.
    ///
    /// - Parameters:
    ///   - decks: the decks whose entries are known, to count their new words.
    ///   - onlyTheseDecks: count these decks alone (`--deck`), else every deck with cards too.
    public init(cards: [StoredCard], reviews: [StoredReview], decks: [QuizDeck], onlyTheseDecks: Bool, now: Date, timeZone: TimeZone) {
        self.now = now
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let names = decks.map(\.name) + (onlyTheseDecks ? [] : Set(cards.map(\.deck)).subtracting(decks.map(\.name)).sorted())
        let inScope = Set(names)
        let cards = cards.filter { inScope.contains($0.deck) }
        let reviews = reviews.filter { inScope.contains($0.deck) }

        self.decks = names.map { name in
            let deckCards = cards.filter { $0.deck == name }.compactMap(\.card)
            var counts = DeckCounts(deck: name)
            if let deck = decks.first(where: { $0.name == name }) {
                let stored = Set(cards.filter { $0.deck == name }.map(\.key))
                counts.new = deck.deck.entries.filter { !stored.contains(StoredCard.key(deck: name, word: $0.word)) }.count
            }
            counts.learning = deckCards.filter { $0.state == .learning }.count
            counts.review = deckCards.filter { $0.state == .review }.count
            counts.relearning = deckCards.filter { $0.state == .relearning }.count
            counts.dueNow = deckCards.filter { $0.state == .review ? $0.due <= now : $0.due <= now.addingTimeInterval(SessionQueue.learnAhead) }.count
            return counts
        }

        let today = calendar.startOfDay(for: now)
        let windowStart = calendar.date(byAdding: .day, value: -(Self.recentDays - 1), to: today) ?? today
        let recentReviews = reviews.filter { ($0.date ?? .distantPast) >= windowStart && ($0.date ?? .distantFuture) <= now }
        let learned = recentReviews.filter { $0.stateBefore == CardState.review.description }
        retention = (learned.filter { $0.rating >= Rating.hard.rawValue }.count, learned.count)
        recent = (recentReviews.filter { $0.outcome == .right }.count,
                  recentReviews.filter { $0.outcome == .almost }.count,
                  recentReviews.filter { $0.outcome == .wrong }.count)

        let dayNumbers = Set(reviews.compactMap(\.date).filter { $0 <= now }.map { Self.dayNumber($0, calendar: calendar) })
        let todayNumber = Self.dayNumber(now, calendar: calendar)
        reviewedToday = dayNumbers.contains(todayNumber)
        var day = reviewedToday ? todayNumber : todayNumber - 1
        var streak = 0
        while dayNumbers.contains(day) {
            streak += 1
            day -= 1
        }
        self.streak = streak
        var longest = 0, run = 0, previous: Int?
        for day in dayNumbers.sorted() {
            run = previous == day - 1 ? run + 1 : 1
            longest = max(longest, run)
            previous = day
        }
        longestStreak = longest

        var forecast = [Int](repeating: 0, count: Self.forecastDays)
        for card in cards.compactMap(\.card) {
            let offset = max(0, Self.dayNumber(card.due, calendar: calendar) - todayNumber)
            if offset < Self.forecastDays { forecast[offset] += 1 }
        }
        self.forecast = forecast
    }

    /// The day `date` falls on where the learner is, as a count of days (only differences matter).
    static func dayNumber(_ date: Date, calendar: Calendar) -> Int {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return Int(UTCTimestamp.daysSinceEpoch(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1))
    }
}
