import Foundation
import KnobsPluginAPI

/// One sitting of the quiz: due reviews first, then up to `--new` new words, each asked,
/// judged, graded and saved before the next is shown.
///
/// The same code runs under `knobs quiz` (a terminal or a pipe) and the REPL's `:quiz`: it
/// talks through a ``QuizConsole`` and keeps its cards through ``QuizRecords``. Each card is
/// saved with its review in one transaction before `Saved:` is written, so an answer the
/// learner has seen acknowledged survives a crash. See docs/QUIZ.md, "Sessions".
public final class QuizSession {
    let quizDeck: QuizDeck
    let options: QuizOptions
    let console: QuizConsole
    let records: QuizRecords
    let speaker: Speaker?
    let timeZone: TimeZone
    let clock: QuizClock
    let matcher: AnswerMatcher
    let symbols: QuizSymbols
    /// Intervals are fuzzed from one stream, questions drawn from another, both from the seed.
    var scheduler: Scheduler
    var random: RandomGenerator
    /// The deck's stored cards, by key, as they are after each review.
    var cards: [String: StoredCard] = [:]
    var summary = SessionSummary()

    /// A session on `quizDeck` as `options` say.
    ///
    /// - Parameters:
    ///   - speaker: what speaks the listening questions and `:say`; nil when espeak-ng is missing.
    ///   - timeZone: where the learner's days begin, for the dates shown.
    public init(deck quizDeck: QuizDeck, options: QuizOptions, console: QuizConsole, records: QuizRecords,
                speaker: Speaker?, timeZone: TimeZone = .current) {
        self.quizDeck = quizDeck
        self.options = options
        self.console = console
        self.records = records
        self.speaker = speaker
        self.timeZone = timeZone
        clock = QuizClock(now: options.now)
        matcher = AnswerMatcher(deck: quizDeck.deck)
        symbols = QuizSymbols(terminal: console.terminal)
        let seed = options.seed ?? UInt64.random(in: 0...UInt64.max)
        random = RandomGenerator(seed: seed)
        // Default settings cannot be refused; the fuzz stream is the seed's second.
        scheduler = (try? Scheduler(fuzz: RandomGenerator(seed: seed ^ 0x9E37_79B9_7F4A_7C15)))!
    }

    var deck: Deck { quizDeck.deck }

    /// Runs the session to its end, or until the learner leaves (`:quit`, Ctrl-D, Ctrl-C, the end of the input).
    ///
    /// - Returns: what the session came to, as its last lines also say.
    /// - Throws: when a review cannot be saved (the session stops there, unacknowledged).
    @discardableResult
    public func run() throws -> SessionSummary {
        let start = clock.now()
        cards = try records.cards(deck: quizDeck.name)
        if options.mode == .listening, speaker == nil {
            console.write(SpeechNote.missing + " The listening questions are skipped.\n")
            finish(start: start, showAnswers: false)
            return summary
        }
        let due = deck.entries.compactMap { entry -> (key: String, due: Date)? in
            let key = StoredCard.key(deck: quizDeck.name, word: entry.word)
            guard let card = cards[key]?.card, isDue(card, at: start) else { return nil }
            return (key, card.due)
        }
        let dueKeys = due.enumerated().sorted { ($0.element.due, $0.offset) < ($1.element.due, $1.offset) }.map(\.element.key)
        let newKeys = deck.entries.map { StoredCard.key(deck: quizDeck.name, word: $0.word) }.filter { cards[$0] == nil }.prefix(options.newLimit)
        var queue = SessionQueue(dueKeys + newKeys)
        guard queue.count > 0 else {
            let newLeft = deck.entries.contains { cards[StoredCard.key(deck: quizDeck.name, word: $0.word)] == nil }
            console.write("Nothing is due in \(quizDeck.name)" + (newLeft ? "; --new N takes new words.\n" : ", and it has no new words left.\n"))
            finish(start: start, showAnswers: false)
            return summary
        }
        console.write(introduction(due: dueKeys.count, new: newKeys.count))
        let entries = Dictionary(deck.entries.map { (StoredCard.key(deck: quizDeck.name, word: $0.word), $0) }, uniquingKeysWith: { first, _ in first })
        var number = 0
        while let key = queue.next(at: clock.now()), let entry = entries[key] {
            number += 1
            switch try ask(entry, key: key, number: number, total: number + queue.count) {
            case .leave:
                finish(start: start, showAnswers: true)
                return summary
            case .skipped:
                continue
            case .rated(let card, let time, let leaving):
                _ = queue.bringBack(key, due: card.due, reviewedAt: time)
                if leaving {
                    finish(start: start, showAnswers: true)
                    return summary
                }
            }
        }
        finish(start: start, showAnswers: true)
        return summary
    }

    /// A review card on or after its due time; a learning or relearning card within the learn-ahead limit.
    private func isDue(_ card: Card, at time: Date) -> Bool {
        card.state == .review ? card.due <= time : card.due <= time.addingTimeInterval(SessionQueue.learnAhead)
    }

    private func introduction(due: Int, new: Int) -> String {
        let counts = "\(quizDeck.name): \(due) due, \(new) new."
        let how = "Type the answer and Enter (Enter alone shows it); then Enter keeps the grade, or 1-4 changes it."
            + " :say speaks the word, :skip passes, :quit or Ctrl-D stops. Every grade is saved at once."
        return symbols.paint(counts, QuizSymbols.wordStyle) + "\n" + how.wrapped(width: console.terminal.width) + "\n"
    }

    /// The summary, and when the deck is next due.
    private func finish(start: Date, showAnswers: Bool) {
        let end = clock.now()
        summary.seconds = end.timeIntervalSince(start)
        let deckCards = deck.entries.compactMap { entry in
            cards[StoredCard.key(deck: quizDeck.name, word: entry.word)].flatMap { stored in stored.card.map { (entry.word, $0) } }
        }
        if let next = deckCards.min(by: { $0.1.due < $1.1.due }) {
            summary.nextDue = (next.0, next.1.due)
        }
        summary.dueWithinDay = deckCards.filter { $0.1.due <= end.addingTimeInterval(86_400) }.count
        summary.dueWithinWeek = deckCards.filter { $0.1.due <= end.addingTimeInterval(7 * 86_400) }.count
        console.write(showAnswers ? "\n" + summary.render(now: end, timeZone: timeZone, symbols) : summary.renderNextDue(now: end, timeZone: timeZone))
    }

    /// Says `entry` aloud, or why it cannot be.
    func speak(_ entry: DeckEntry) {
        guard let speaker else {
            console.write(SpeechNote.missing + "\n")
            return
        }
        if let problem = speaker.speak(entry.wordWithArticle) { console.writeError("warning: \(problem)\n") }
    }
}
