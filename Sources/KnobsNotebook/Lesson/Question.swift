import Foundation

/// A question answered without code: pick from choices, or give a number.
///
/// In a lesson:
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
public struct Question: Sendable {
    /// The `id=` that its hints name.
    public let id: String
    /// What a right answer is worth (1 unless `points=` says otherwise).
    public let points: Double
    /// The question cell as written.
    public let cell: LessonCell
    /// The question itself, Markdown.
    public let prompt: String
    /// What counts as right.
    public let key: Key
    /// The hints, in the order they are given.
    public let hints: [LessonCell]

    /// The right answer of a question.
    public enum Key: Sendable, Equatable {
        /// Pick the right ones among these, by letter (`b`, or `a c` when several are right).
        case choices([Choice])
        /// A number, right when within the tolerance.
        case number(Double, Tolerance)
    }

    /// One choice of a multiple-choice question: `- [x] text` marks a right one.
    public struct Choice: Sendable, Equatable {
        /// The choice as written, Markdown.
        public let text: String
        /// Whether picking it is part of the right answer.
        public let isCorrect: Bool

        public init(text: String, isCorrect: Bool) {
            self.text = text
            self.isCorrect = isCorrect
        }
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
    }

    /// The letter that picks the choice at `index`: a, b, c, …
    public static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(ascii: "a") + UInt8(index)))
    }

    /// Judges a learner's answer: letters for choices (any case, in any order,
    /// with or without commas), a number for a numeric question (`0.75`,
    /// `0,75` or `3/4`).
    public func judge(_ answer: String) -> Verdict {
        switch key {
        case .choices(let choices): return Question.judge(answer, choices: choices)
        case .number(let expected, let tolerance): return Question.judge(answer, number: expected, tolerance: tolerance)
        }
    }

    private static func judge(_ answer: String, choices: [Choice]) -> Verdict {
        let last = letter(choices.count - 1)
        let valid = "choose by letter, a to \(last)" + (choices.filter(\.isCorrect).count > 1 ? " (all that are right, as in: a c)" : "")
        var picked = Set<Int>()
        for character in answer.lowercased() {
            if character.isWhitespace || character == "," || character == ")" || character == "." { continue }
            guard let ascii = character.asciiValue, ascii >= UInt8(ascii: "a"), Int(ascii - UInt8(ascii: "a")) < choices.count else {
                return .invalid(valid)
            }
            picked.insert(Int(ascii - UInt8(ascii: "a")))
        }
        if picked.isEmpty { return .invalid(valid) }
        let right = Set(choices.indices.filter { choices[$0].isCorrect })
        return picked == right ? .correct : .wrong
    }

    private static func judge(_ answer: String, number expected: Double, tolerance: Tolerance) -> Verdict {
        guard let given = number(in: answer) else {
            return .invalid("answer with a number, such as 0.5, 0,5 or 1/2")
        }
        let distance = abs(given - expected)
        // A hair of slack, so that 0.4 counts as within 0.1 of 0.3 despite binary fractions.
        let slack = 1e-12 * max(1, abs(expected))
        switch tolerance {
        case .absolute(let width): return distance <= width + slack ? .correct : .wrong
        case .relative(let fraction): return distance <= fraction * abs(expected) + slack ? .correct : .wrong
        case .standard: return distance <= 1e-6 * max(1, abs(expected), abs(given)) ? .correct : .wrong
        }
    }

    /// A number as a learner may type it: `0.75`, `0,75` (a decimal comma), `3/4`, `-2`, `1e-3`.
    static func number(in text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2 {
            guard let top = plainNumber(String(parts[0])), let bottom = plainNumber(String(parts[1])), bottom != 0 else { return nil }
            return top / bottom
        }
        return plainNumber(trimmed)
    }

    private static func plainNumber(_ text: String) -> Double? {
        var text = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
        if !text.contains("."), text.filter({ $0 == "," }).count == 1 {
            text = text.replacingOccurrences(of: ",", with: ".")
        }
        guard let value = Double(text), value.isFinite, text.allSatisfy({ "0123456789.+-eE".contains($0) }) else { return nil }
        return value
    }
}
