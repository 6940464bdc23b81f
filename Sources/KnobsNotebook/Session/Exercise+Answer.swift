import KnobsLang

extension Exercise {
    /// The blank a learner fills in starter code.
    public static let blank = "___"

    /// The code an attempt runs: what the learner typed, completed from the starter code.
    ///
    /// In a notebook the learner edits the exercise cell; at a prompt they type
    /// only what they change. So, with starter code `b = 4` and `a = ___`:
    ///
    /// - an expression alone (`3`) fills the blank, when the starter has one:
    ///   `b = 4`, `a = 3` (in brackets when the blank is inside a larger expression);
    /// - code that holds every starter line without a blank (`b = 4; a = 3`, the
    ///   whole cell typed again) runs as typed;
    /// - other code (`a = 3`) takes the place of the lines with blanks: it goes
    ///   where the first of them stands, indented as that line is (so a blank
    ///   inside a loop is filled inside the loop), among the starter's other
    ///   lines, comments left out.
    ///
    /// Typed code that still holds a blank is returned as typed (it does not run).
    public func answer(from typed: String) -> String {
        let starter = cell.text
        guard !typed.contains(Exercise.blank) else { return typed }
        let lines = starter.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if starter.components(separatedBy: Exercise.blank).count == 2, SourceFile(name: "<answer>", text: typed).isSingleExpression {
            return lines.map { line in Exercise.fill(line, with: typed.trimmingCharacters(in: .whitespacesAndNewlines)) }.joined(separator: "\n")
        }
        let isKept = { (line: String) -> Bool in
            let code = line.trimmingCharacters(in: .whitespaces)
            return !code.isEmpty && !code.hasPrefix("#") && !line.contains(Exercise.blank)
        }
        let squeezed = Exercise.squeezed(typed)
        if lines.filter(isKept).allSatisfy({ squeezed.contains(Exercise.squeezed($0)) }) { return typed }
        let firstBlank = lines.firstIndex { $0.contains(Exercise.blank) }
        var completed: [String] = []
        for (index, line) in lines.enumerated() {
            if index == firstBlank {
                completed += Exercise.indented(typed, like: line)
            } else if isKept(line) {
                completed.append(line)
            }
        }
        return completed.joined(separator: "\n")
    }

    /// The lines of `code`, each given the indentation of `line` (the starter's line with the blank).
    private static func indented(_ code: String, like line: String) -> [String] {
        let indentation = String(line.prefix { $0 == " " || $0 == "\t" })
        return code.trimmingCharacters(in: .newlines).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces).isEmpty ? String($0) : indentation + $0 }
    }

    /// `line` with its blank (if any) replaced by `expression`, bracketed unless the blank is the
    /// whole line or ends an assignment.
    private static func fill(_ line: String, with expression: String) -> String {
        guard let range = line.range(of: blank) else { return line }
        let before = line[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
        let after = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
        let whole = (before.isEmpty || before.hasSuffix("=")) && (after.isEmpty || after.hasPrefix("#"))
        return line.replacingCharacters(in: range, with: whole ? expression : "(\(expression))")
    }

    /// Code with every space taken out, to find one line of code inside another.
    private static func squeezed(_ code: String) -> String {
        code.filter { !$0.isWhitespace }
    }
}
