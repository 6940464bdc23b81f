/// A question cell as a learner's copy holds it: the question and its
/// choices, none marked, then `answer:` with the learner's answer or `___`.
///
/// `knobs release` writes it with `___` and a saved session with the
/// learner's answer, so that the key's right answer (its `[x]` marks, its
/// `answer:` and `tolerance:` lines) never leaves the key.
enum LearnerQuestion {
    /// The lines between the fences of the question's cell in a learner's copy.
    static func body(of question: Question, answer: String?) -> [String] {
        var lines: [String] = []
        for line in LineEdits.lines(of: question.cell.text) {
            let trimmed = line.trimmingWhitespace()
            if trimmed.hasPrefix("answer:") || trimmed.hasPrefix("tolerance:") { continue }
            lines.append(QuestionBody.choice(trimmed) != nil ? unmarked(line) : String(line))
        }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        let given = (answer ?? "").split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return lines + ["", "answer: " + (given.isEmpty ? "___" : given)]
    }

    /// A choice line with its mark cleared: `- [x] two` → `- [ ] two`.
    private static func unmarked(_ line: Substring) -> String {
        guard let open = line.firstIndex(of: "[") else { return String(line) }
        let mark = line.index(after: open)
        return String(line[...open]) + " " + String(line[line.index(after: mark)...])
    }
}
