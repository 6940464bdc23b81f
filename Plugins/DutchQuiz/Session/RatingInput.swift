/// What the learner types after seeing the answer: Anki's four buttons as keys.
///
/// Enter keeps the suggested rating; `1`–`4`, `again`, `hard`, `good`, `easy` (or their first
/// letters, with or without a colon: `:again`, `h`) give another; `:quit` keeps the
/// suggestion and ends the session; `:say` speaks the word.
enum RatingInput: Equatable {
    case keep
    case rate(Rating)
    case quit
    case say
    case unknown

    init(_ line: String) {
        var text = line.trimmingCharacters(in: .whitespaces).lowercased()
        if text.isEmpty {
            self = .keep
            return
        }
        if text.hasPrefix(":") { text.removeFirst() }
        switch text {
        case "q", "quit": self = .quit
        case "say", "s": self = .say
        default:
            let rating = Int(text).flatMap(Rating.init(rawValue:))
                ?? Rating.allCases.first { $0.description == text || String($0.description.prefix(1)) == text }
            self = rating.map { .rate($0) } ?? .unknown
        }
    }

    /// What to type, after a line that was none of these.
    static let help = "Enter keeps the grade; 1 again, 2 hard, 3 good, 4 easy (or the word) sets it; :quit stops."

    /// `  1 again 1 min · 2 hard 6 min · 3 good 10 min · 4 easy 3 days   Enter: good`: each
    /// rating with when the card would come back, the suggested one marked.
    static func buttons(waits: [Rating: String], suggested: Rating, _ symbols: QuizSymbols) -> String {
        let buttons = Rating.allCases.map { rating in
            let text = "\(rating.rawValue) \(rating) \(waits[rating] ?? "")"
            return rating == suggested ? symbols.paint(text, QuizSymbols.chosenStyle) : text
        }
        return "  " + buttons.joined(separator: " \(symbols.dot) ") + "   Enter: \(suggested)\n"
    }
}
