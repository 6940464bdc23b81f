import KnobsNotebook
import Testing

/// `LearnerCopy`: the key without solutions, hidden checks and right answers.
@Suite("the learner's copy")
struct LearnerCopyTests {
    @Test("a released bundled lesson has no solution, hidden check or right answer, and keeps everything else", arguments: GradingSupport.bundledLessons)
    func released(_ path: String) throws {
        let key = try Lesson(contentsOfFile: path)
        let text = LearnerCopy.text(of: key)
        let copy = try Lesson(text: text, name: path)
        #expect(!text.contains("knobs solution") && !text.contains(" hidden\n"))
        #expect(copy.exercises.allSatisfy { $0.solution == nil && $0.checks.allSatisfy { !$0.isHidden } })
        #expect(copy.exercises.map(\.id) == key.exercises.map(\.id))
        #expect(copy.exercises.map(\.cell.text) == key.exercises.map(\.cell.text))
        #expect(copy.exercises.map(\.visibleChecks.count) == key.exercises.map(\.visibleChecks.count))
        #expect(copy.questions.map(\.id) == key.questions.map(\.id))
        #expect(copy.questions.map(\.choices) == key.questions.map(\.choices))
        #expect(copy.questions.allSatisfy { $0.key == nil }, "no question keeps its answer")
        let ticked = text.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("- [x]") }
        #expect(ticked.isEmpty && !text.contains("tolerance:"), "no choice is ticked: \(ticked)")
        for question in key.questions where !question.isMultipleChoice {
            #expect(!text.contains("answer: \(try #require(question.rightAnswer))"))
        }
        #expect(copy.steps.count == key.steps.count)
        #expect(!text.contains("\n\n\n"), "taking cells out leaves no wider gap")
    }

    @Test("a line ending in \\r\\n before a question leaves the question's lines where they were (fuzzer finding)")
    func carriageReturnBeforeQuestion() throws {
        let text = "---\nid: 00-crlf\ntitle: CRLF\n---\n\nsome prose\r\nmore prose.\n\n```knobs question id=which\nWhich one?\n\n- [x] up\n- [ ] down\n```\n"
        let key = try Lesson(text: text, name: "crlf.md")
        let copy = LearnerCopy.text(of: key)
        #expect(copy.contains("some prose\r\nmore prose.\n"), "the carriage return stays on its line")
        let released = try Lesson(text: copy, name: "crlf copy.md")
        #expect(released.questions.map(\.id) == ["which"])
        #expect(released.questions.map(\.choices) == key.questions.map(\.choices))
        #expect(!copy.contains("[x]"))
    }

    @Test("a key written with \\r\\n line endings is released without its solutions", arguments: GradingSupport.bundledLessons.prefix(2))
    func carriageReturnLineEndings(_ path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\n", with: "\r\n")
        let key = try Lesson(text: text, name: path)
        let copy = LearnerCopy.text(of: key)
        let released = try Lesson(text: copy, name: path)
        #expect(!key.exercises.isEmpty)
        #expect(released.exercises.allSatisfy { $0.solution == nil && $0.checks.allSatisfy { !$0.isHidden } })
        #expect(released.questions.allSatisfy { $0.key == nil }, "no question keeps its answer")
    }
}
