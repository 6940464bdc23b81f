import Foundation

/// A question answered without code: pick from choices, or give a number.
///
/// In a lesson (the key):
///
/// ````
/// ```knobs question id=count
/// How many parameters does `2*a + b` have?
/// - [ ] one
/// - [x] two
/// - [ ] three
/// ```
///
/// ```knobs question id=slope
/// What is the slope of `y = 3*x + 1`?
/// answer: 3
/// tolerance: 0.01
/// ```
/// ````
///
/// A learner's copy (what `knobs release` writes) asks the same question
/// without its answer: every choice unmarked and `answer: ___`, which the
/// learner fills in (`answer: b`, `answer: 3`).
public struct Question: Sendable {
    /// The `id=` that its hints name.
    public let id: String
    /// What a right answer is worth (1 unless `points=` says otherwise).
    public let points: Double
    /// The question cell as written.
    public let cell: LessonCell
    /// The question itself, Markdown.
    public let prompt: String
    /// The choices of a multiple-choice question, Markdown, in order (picked by letter: a, b, c, …); empty for a numeric question.
    public let choices: [String]
    /// What counts as right; nil in a learner's copy, which asks the question without its answer (`answer: ___`).
    public let key: Key?
    /// The hints, in the order they are given.
    public let hints: [LessonCell]

    /// The right answer of a question.
    public enum Key: Sendable, Equatable {
        /// The right choices, by index: a learner must pick all of them and no other.
        case choices(Set<Int>)
        /// A number, right when within the tolerance.
        case number(Double, Tolerance)
    }

    /// How far a numeric answer may be from the key.
    public enum Tolerance: Sendable, Equatable {
        /// `tolerance: 0.01`: within this distance.
        case absolute(Double)
        /// `tolerance: 1%`: within this fraction of the key.
        case relative(Double)
        /// No `tolerance:` line: as `near` in the language, 1e-6 × max(1, |key|, |answer|).
        case standard
    }

    /// What a learner's answer is worth.
    public enum Verdict: Sendable, Equatable {
        case correct
        case wrong
        /// Not an answer to this question (a word where a number belongs); it does not count as an attempt.
        case invalid(String)
        /// A well-formed answer to a learner's copy, which cannot judge it: it is kept for the grader.
        case recorded
    }

    /// Whether the learner picks among choices (else they give a number).
    public var isMultipleChoice: Bool { !choices.isEmpty }

    /// The letter that picks the choice at `index`: a, b, c, …
    public static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(ascii: "a") + UInt8(index)))
    }

    /// Judges a learner's answer: letters for choices (any case, in any order,
    /// with or without commas), a number for a numeric question (`0.75`,
    /// `0,75` or `3/4`). Without a key, a well-formed answer is ``Verdict/recorded``.
    public func judge(_ answer: String) -> Verdict {
        if isMultipleChoice {
            guard let picked = Question.picked(answer, among: choices.count) else {
                let several = key.map { if case .choices(let right) = $0 { return right.count > 1 } else { return false } } ?? false
                return .invalid("choose by letter, a to \(Question.letter(choices.count - 1))" + (several ? " (all that are right, as in: a c)" : ""))
            }
            guard case .choices(let right) = key else { return .recorded }
            return picked == right ? .correct : .wrong
        }
        guard let given = Question.number(in: answer) else {
            return .invalid("answer with a number, such as 0.5, 0,5 or 1/2")
        }
        guard case .number(let expected, let tolerance) = key else { return .recorded }
        return Question.isWithin(given, of: expected, tolerance) ? .correct : .wrong
    }

    /// The right answer as a learner would type it (`b`, `a c`, `0.6`); nil without a key.
    public var rightAnswer: String? {
        switch key {
        case .choices(let right): return right.sorted().map(Question.letter).joined(separator: " ")
        case .number(let value, _): return Score.text(value)
        case nil: return nil
        }
    }

    /// The key in words, with a numeric answer's tolerance (`b`, `0.6 ± 0.01`, `200 ± 1%`); nil without a key.
    public var keyDescription: String? {
        switch key {
        case .number(let value, .absolute(let width)): return "\(Score.text(value)) ± \(Score.text(width))"
        case .number(let value, .relative(let fraction)): return "\(Score.text(value)) ± \(Score.text(fraction * 100))%"
        case .choices, .number(_, .standard), nil: return rightAnswer
        }
    }

    /// The choices picked by letters (`b`, `a c`, `A, C`, `b)`), or nil when the text is not such a pick among `count` choices.
    static func picked(_ answer: String, among count: Int) -> Set<Int>? {
        var picked = Set<Int>()
        for character in answer.lowercased() {
            if character.isWhitespace || character == "," || character == ")" || character == "." { continue }
            guard let ascii = character.asciiValue, ascii >= UInt8(ascii: "a"), Int(ascii - UInt8(ascii: "a")) < count else { return nil }
            picked.insert(Int(ascii - UInt8(ascii: "a")))
        }
        return picked.isEmpty ? nil : picked
    }

    private static func isWithin(_ given: Double, of expected: Double, _ tolerance: Tolerance) -> Bool {
        let distance = abs(given - expected)
        // A hair of slack, so that 0.4 counts as within 0.1 of 0.3 despite binary fractions.
        let slack = 1e-12 * max(1, abs(expected))
        switch tolerance {
        case .absolute(let width): return distance <= width + slack
        case .relative(let fraction): return distance <= fraction * abs(expected) + slack
        case .standard: return distance <= 1e-6 * max(1, abs(expected), abs(given))
        }
    }

    /// A number as a learner may type it: `0.75`, `0,75` (a decimal comma), `3/4`, `-2`, `1e-3`.
    static func number(in text: String) -> Double? {
        let trimmed = text.trimmingSpacesAndTabs()
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2 {
            guard let top = plainNumber(String(parts[0])), let bottom = plainNumber(String(parts[1])), bottom != 0 else { return nil }
            return top / bottom
        }
        return plainNumber(trimmed)
    }

    private static func plainNumber(_ text: String) -> Double? {
        // Without Foundation's string functions, which copy the text through NSString at a cost
        // (at start-up, a search of the Swift runtime's conformances) larger than the rest of the parse.
        var text = text.trimmingSpacesAndTabs().filter { $0 != "_" }
        if !text.contains(where: { $0 == "." }), text.filter({ $0 == "," }).count == 1 {
            text = String(text.map { $0 == "," ? "." : $0 })
        }
        guard let value = Double(text), value.isFinite, text.allSatisfy({ "0123456789.+-eE".contains($0) }) else { return nil }
        return value
    }
}
