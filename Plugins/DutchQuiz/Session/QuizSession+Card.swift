import Foundation
import KnobsPluginAPI

/// One card of a session: the question, the answer, the grade, the save.
extension QuizSession {
    /// How one card ended.
    enum CardEnd {
        /// Graded and saved at `time`; `leaving` when the learner also asked to stop.
        case rated(Card, time: Date, leaving: Bool)
        /// Passed over with `:skip`: not reviewed, as it was.
        case skipped
        /// The learner left before answering: not reviewed.
        case leave
    }

    func ask(_ entry: DeckEntry, key: String, number: Int, total: Int) throws -> CardEnd {
        let stored = cards[key]?.card
        let card = stored ?? Card(due: clock.now())
        let kind = Question.kind(for: options.mode, card: stored, entry: entry, deck: deck, random: &random)
        let question = Question(kind: kind, entry: entry, deck: deck, requireArticle: options.articles, random: &random)
        let label = kind.title(symbols) + (stored == nil ? " \(symbols.dot) new word" : "")
        console.write("\n" + ProgressBar.line(number: number, total: total, label: label, symbols) + question.prompt(symbols))
        if kind == .listening { speak(entry) }
        let shown = clock.now()
        guard let typed = readAnswer(to: question) else { return .leave }
        guard case .answer(let answer) = typed else { return .skipped }
        let answered = clock.now()
        let judgement = question.judge(answer, matcher: matcher)
        console.write(judgement.headline(symbols) + "\n" + answerBlock(question))

        var waits: [Rating: String] = [:]
        for rating in Rating.allCases {
            var preview = scheduler
            waits[rating] = IntervalText.between(answered, preview.review(card, rating: rating, at: answered).card.due)
        }
        console.write(RatingInput.buttons(waits: waits, suggested: judgement.suggested, symbols))
        let (rating, leaving) = readRating(suggested: judgement.suggested, entry: entry)

        let duration = answered.timeIntervalSince(shown)
        let durationMs = Int((duration * 1000).rounded())
        let saved: (card: StoredCard, review: StoredReview)
        var next = card
        do {
            // The card as stored now: another session may have reviewed it since this one began.
            saved = try records.review(key, at: answered) { current in
                let before = current?.card ?? card
                let log: ReviewLog
                (next, log) = scheduler.review(before, rating: rating, at: answered, duration: .milliseconds(Int64(durationMs)))
                let nextStored = StoredCard(deck: quizDeck.name, word: entry.word, card: next)
                let review = StoredReview(
                    deck: quizDeck.name, word: entry.word, reviewedAt: UTCTimestamp.format(answered.microsecondsSince1970), mode: kind.rawValue,
                    answer: answer, verdict: judgement.name, suggested: judgement.suggested.rawValue, rating: rating.rawValue, durationMs: durationMs,
                    stateBefore: current?.card == nil ? "new" : before.state.description, retrievability: log.retrievability,
                    state: next.state.description, step: next.step, stability: next.stability ?? 0, difficulty: next.difficulty ?? 0,
                    due: nextStored.due)
                return (nextStored, review)
            }
        } catch {
            throw ReviewNotSaved(word: entry.word, rating: rating, cause: error)
        }
        cards[key] = saved.card
        summary.count(saved.review.outcome)
        console.write("Saved: \(rating). \(entry.word) is due again in \(IntervalText.between(answered, next.due)).\n")
        return .rated(next, time: answered, leaving: leaving)
    }

    /// What the learner typed for a question.
    enum Typed {
        case answer(String)
        case skip
    }

    /// Reads lines until one is an answer or `:skip`; nil when the learner leaves.
    private func readAnswer(to question: Question) -> Typed? {
        while true {
            guard let line = console.readLine(prompt: "answer › ") else { return nil }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix(":") else {
                if let problem = question.problem(with: line) {
                    console.write(problem + "\n")
                    continue
                }
                return .answer(line)
            }
            switch trimmed.dropFirst().lowercased() {
            case "q", "quit":
                return nil
            case "skip":
                summary.skipped += 1
                console.write("Skipped: \(question.entry.wordWithArticle) stays as it was.\n")
                return .skip
            case "say":
                if question.maySpeakBeforeAnswer {
                    speak(question.entry)
                } else {
                    console.write("Not yet: the word is the answer. :say works once it is shown.\n")
                }
            default:
                console.write("While answering: Enter alone shows the answer; :say speaks the word, :skip passes, :quit stops.\n")
            }
        }
    }

    /// Reads the grade: the suggestion on Enter, or the learner's own; `leaving` after `:quit` or the end of input.
    private func readRating(suggested: Rating, entry: DeckEntry) -> (Rating, leaving: Bool) {
        while true {
            guard let line = console.readLine(prompt: "grade › ") else { return (suggested, true) }
            switch RatingInput(line) {
            case .keep: return (suggested, false)
            case .rate(let rating): return (rating, false)
            case .quit: return (suggested, true)
            case .say: speak(entry)
            case .unknown: console.write(RatingInput.help + "\n")
            }
        }
    }

    /// The answer shown after every question: the word with its article, IPA and meanings,
    /// the form a cloze wanted, and the example sentence with its translation.
    ///
    /// ```
    ///   het gewicht  /ɣəˈʋɪxt/  weight
    ///   Elk gewicht in het netwerk is een getal.
    ///   Every weight in the network is a number.
    /// ```
    func answerBlock(_ question: Question) -> String {
        let entry = question.entry
        var head = "  " + symbols.paint(entry.wordWithArticle, QuizSymbols.wordStyle)
        if let ipa = entry.ipaForDisplay { head += "  " + ipa }
        head += "  " + entry.meanings.joined(separator: "; ") + "\n"
        if let cloze = question.cloze, AnswerText.comparable(cloze.answer) != AnswerText.comparable(entry.word) {
            head += "  The gap: \(cloze.answer)\n"
        }
        if !entry.dutchExample.isEmpty { head += "  " + entry.dutchExample + "\n" }
        if !entry.englishExample.isEmpty { head += "  " + symbols.paint(entry.englishExample, QuizSymbols.quietStyle) + "\n" }
        return head
    }
}
