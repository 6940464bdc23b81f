import Foundation
import KnobsLang

/// Reads the inside of a question cell: the question, then its choices or its numeric answer.
///
/// ```
/// How many parameters does `2*a + b` have?   ← the question (Markdown, any number of lines)
/// - [ ] one                                  ← a choice
/// - [x] two                                  ← a right choice
/// ```
///
/// or
///
/// ```
/// What is 2*a + b for a = 3 and b = 1?
/// answer: 7
/// tolerance: 0.01                            ← optional; 1% for a relative tolerance
/// ```
///
/// In a learner's copy the answer is not there: `answer: ___` (the choices
/// unmarked), or the learner's own once filled in (`answer: b`; for a
/// numeric question a filled-in copy reads as a key).
struct QuestionBody {
    var prompt: String
    var choices: [String]
    /// Nil in a learner's copy.
    var key: Question.Key?

    /// The question in `lines` (the cell's inside); nil, with problems, when it cannot be used.
    static func parse(_ lines: ArraySlice<LessonLines.Line>, fence: LessonLines.Line, in text: LessonLines, problems: inout [Diagnostic]) -> QuestionBody? {
        var prompt: [Substring] = []
        var choices: [(text: String, isRight: Bool)] = []
        var answer: (value: Substring, line: LessonLines.Line)?
        var tolerance: (value: Question.Tolerance, line: LessonLines.Line)?
        let before = problems.count
        var answersBegan = false
        for line in lines {
            let trimmed = line.text.trimmingWhitespace()
            if let choice = choice(trimmed) {
                choices.append(choice)
                answersBegan = true
            } else if let value = field("answer:", trimmed) {
                answersBegan = true
                answer = (value, line)
            } else if let value = field("tolerance:", trimmed) {
                answersBegan = true
                guard let parsed = parseTolerance(value) else {
                    problems.append(text.problem("the tolerance must be a number of at least 0, or a percentage", at: line,
                                                 span: value.isEmpty ? trimmed : value, hint: "write tolerance: 0.01 or tolerance: 1%"))
                    continue
                }
                tolerance = (parsed, line)
            } else if trimmed.isEmpty {
                if !answersBegan { prompt.append(line.text) }
            } else if answersBegan {
                problems.append(text.problem("the question's text goes before its choices or answer", at: line, span: trimmed))
            } else {
                prompt.append(line.text)
            }
        }
        let promptText = prompt.joined(separator: "\n").trimmingWhitespaceAndNewlines()
        if promptText.isEmpty {
            problems.append(text.problem("the question has no text", at: fence, hint: "write the question on the lines before its choices or answer"))
        }
        var key: Question.Key?
        if let answer, answer.value.contains("___") {
            key = nil  // a learner's copy, not answered yet
        } else if !choices.isEmpty {
            key = choiceKey(choices, answer: answer, fence: fence, in: text, problems: &problems)
            if let tolerance, answer == nil {
                problems.append(text.problem("a tolerance belongs to a numeric answer", at: tolerance.line))
            }
        } else if let answer {
            if let number = Question.number(in: String(answer.value)) {
                key = .number(number, tolerance?.value ?? .standard)
            } else {
                problems.append(text.problem("the answer must be a number", at: answer.line, span: answer.value.isEmpty ? answer.line.text.trimmingWhitespace() : answer.value,
                                             hint: "write answer: 0.5 (a fraction such as 1/2 works too)"))
            }
        } else if problems.count == before {
            problems.append(text.problem("the question has no answer", at: fence,
                                         hint: "list choices as - [ ] wrong and - [x] right, or give a number with answer: 42"))
        }
        guard problems.count == before else { return nil }
        return QuestionBody(prompt: promptText, choices: choices.map(\.text), key: key)
    }

    /// The key of a multiple-choice question: its marked choices, or none when an `answer:` line
    /// holds letters (a learner's copy, filled in).
    private static func choiceKey(_ choices: [(text: String, isRight: Bool)], answer: (value: Substring, line: LessonLines.Line)?,
                                  fence: LessonLines.Line, in text: LessonLines, problems: inout [Diagnostic]) -> Question.Key? {
        if choices.count < 2 {
            problems.append(text.problem("a multiple-choice question needs at least two choices", at: fence))
        } else if choices.count > 26 {
            problems.append(text.problem("a question has at most 26 choices, one per letter", at: fence))
        } else if let answer {
            if Question.picked(String(answer.value), among: choices.count) == nil {
                let message = Question.number(in: String(answer.value)) != nil
                    ? "a question has either choices or a numeric answer, not both"
                    : "the answer to a multiple-choice question is letters, or ___ in a learner's copy"
                problems.append(text.problem(message, at: answer.line))
            }
        } else if !choices.contains(where: \.isRight) {
            problems.append(text.problem("no choice is marked right", at: fence, hint: "mark the right ones with [x]: - [x] two"))
        } else {
            return .choices(Set(choices.indices.filter { choices[$0].isRight }))
        }
        return nil
    }

    /// `- [ ] text` or `- [x] text` (also with `*` or `+`).
    static func choice(_ line: Substring) -> (text: String, isRight: Bool)? {
        guard let bullet = line.first, "-*+".contains(bullet) else { return nil }
        let rest = line.dropFirst().trimmingWhitespace()
        guard rest.count >= 3, rest.hasPrefix("["), rest.dropFirst(2).first == "]" else { return nil }
        let mark = rest.dropFirst().first!
        guard mark == " " || mark == "x" || mark == "X" else { return nil }
        let choiceText = rest.dropFirst(3).trimmingWhitespace()
        guard !choiceText.isEmpty else { return nil }
        return (String(choiceText), mark != " ")
    }

    /// The value after `name` when the line starts with it.
    private static func field(_ name: String, _ line: Substring) -> Substring? {
        guard line.hasPrefix(name) else { return nil }
        return line.dropFirst(name.count).trimmingWhitespace()
    }

    private static func parseTolerance(_ text: Substring) -> Question.Tolerance? {
        if text.hasSuffix("%") {
            guard let percent = Double(text.dropLast().trimmingWhitespace()), percent.isFinite, percent >= 0 else { return nil }
            return .relative(percent / 100)
        }
        guard let width = Double(text), width.isFinite, width >= 0 else { return nil }
        return .absolute(width)
    }
}
