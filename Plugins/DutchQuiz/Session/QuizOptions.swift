import Foundation

/// What a quiz session is asked to do: `knobs quiz` and `:quiz` take the same options.
public struct QuizOptions: Equatable, Sendable {
    /// How many new words a session takes when not told (`--new`).
    public static let defaultNewLimit = 10
    /// The deck a session uses when not told (`--deck`).
    public static let defaultDeck = "ai"

    /// A bundled deck's name (`corner`, `ai`) or the path of a deck file; nil for
    /// ``defaultDeck`` (and, with ``stats``, for every deck).
    public var deck: String?
    public var mode: QuizMode
    /// At most this many new words, after the due reviews.
    public var newLimit: Int
    /// Fixes the fuzz of the intervals, the order of multiple-choice options and what
    /// ``QuizMode/mixed`` picks; nil for a fresh seed.
    public var seed: UInt64?
    /// A fixed time for the whole session, for tests; nil for the clock.
    public var now: Date?
    /// Show the statistics instead of quizzing.
    public var stats: Bool
    /// A noun typed in Dutch (English → Dutch, listening) must come with its article, `de` or
    /// `het`; without it the answer is almost (Hard), as with a wrong one.
    public var articles: Bool

    public init(deck: String? = nil, mode: QuizMode = .mixed, newLimit: Int = QuizOptions.defaultNewLimit,
                seed: UInt64? = nil, now: Date? = nil, stats: Bool = false, articles: Bool = false) {
        self.deck = deck
        self.mode = mode
        self.newLimit = newLimit
        self.seed = seed
        self.now = now
        self.stats = stats
        self.articles = articles
    }

    /// How the options are typed, for `:help` and errors.
    public static let usage = ":quiz [DECK] [--mode \(QuizMode.names.joined(separator: "|"))] [--new N] [--articles] [--seed N] [--now TIME] [--stats]"

    /// Reads the options of `:quiz corner --mode cloze --new 5`: a deck name or path, and options
    /// written as on the command line (`--new 5` or `--new=5`).
    ///
    /// - Throws: ``QuizOptionsError`` for an unknown option, a missing or bad value, or two decks.
    public static func parse(_ text: String) throws(QuizOptionsError) -> QuizOptions {
        var options = QuizOptions()
        var deck: String?
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)[...]
        while let word = words.popFirst() {
            guard word.hasPrefix("-") else {
                if let deck { throw QuizOptionsError("give one deck, not '\(deck)' and '\(word)'") }
                deck = word
                continue
            }
            var name = word
            var value: String?
            if let equals = word.firstIndex(of: "=") {
                name = String(word[..<equals])
                value = String(word[word.index(after: equals)...])
            }
            func takeValue() throws(QuizOptionsError) -> String {
                if let value { return value }
                guard let next = words.popFirst() else { throw QuizOptionsError("\(name) needs a value") }
                return next
            }
            switch name {
            case "--deck": deck = try takeValue()
            case "--mode": options.mode = try parseMode(try takeValue())
            case "--new": options.newLimit = try parseNewLimit(try takeValue())
            case "--seed": options.seed = try parseSeed(try takeValue())
            case "--now": options.now = try parseTime(try takeValue())
            case "--stats": options.stats = true
            case "--articles": options.articles = true
            default:
                let known = ["--deck", "--mode", "--new", "--articles", "--seed", "--now", "--stats"]
                let guess = known.first { $0.hasPrefix(name) && name.count > 2 }
                throw QuizOptionsError("unknown option '\(name)'" + (guess.map { " (did you mean \($0)?)" } ?? ""))
            }
        }
        options.deck = deck
        return options
    }

    /// A mode by name or alias.
    public static func parseMode(_ text: String) throws(QuizOptionsError) -> QuizMode {
        guard let mode = QuizMode(name: text) else {
            throw QuizOptionsError("there is no mode '\(text)'; the modes are \(QuizMode.names.joined(separator: ", "))")
        }
        return mode
    }

    /// A number of new words: 0 or more.
    public static func parseNewLimit(_ text: String) throws(QuizOptionsError) -> Int {
        guard let count = Int(text), count >= 0 else { throw QuizOptionsError("--new takes a whole number of words, 0 or more, not '\(text)'") }
        return count
    }

    /// A seed: a whole number from 0 to 2^64 − 1.
    public static func parseSeed(_ text: String) throws(QuizOptionsError) -> UInt64 {
        guard let seed = UInt64(text) else { throw QuizOptionsError("--seed takes a whole number from 0 to 18446744073709551615, not '\(text)'") }
        return seed
    }

    /// An ISO 8601 time with a time zone: `2024-03-01T09:00:00Z`, `2024-03-01T10:00:00+01:00`.
    public static func parseTime(_ text: String) throws(QuizOptionsError) -> Date {
        switch UTCTimestamp.parse(text) {
        case .success(let microseconds): return Date(microsecondsSince1970: microseconds)
        case .failure(let problem): throw QuizOptionsError("--now: \(problem.message); write an ISO 8601 time with a time zone, such as \(UTCTimestamp.example)")
        }
    }
}

/// Options of `:quiz` or `knobs quiz` that cannot be used, in one sentence.
public struct QuizOptionsError: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
