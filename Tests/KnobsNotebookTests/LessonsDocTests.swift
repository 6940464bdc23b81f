import Foundation
import KnobsLang
import KnobsNotebook
import Testing

/// docs/LESSONS.md: its example lesson parses and can be stepped through; its malformed lesson gives the errors shown.
@Suite("docs/LESSONS.md")
struct LessonsDocTests {
    static let page: String = (try? String(contentsOf: LessonSupport.root.appendingPathComponent("docs/LESSONS.md"), encoding: .utf8)) ?? ""

    /// The first block fenced with `fence` after the line `marker`.
    static func block(after marker: String, fence: String) -> String? {
        guard let start = page.range(of: marker + "\n" + fence + "\n") else { return nil }
        let rest = page[start.upperBound...]
        guard let end = rest.range(of: "\n" + fence.prefix { $0 == "`" } + "\n") else { return nil }
        return String(rest[..<end.lowerBound]) + "\n"
    }

    @Test("the example lesson: a wrong attempt, a hint, the right answer, and the question")
    func example() throws {
        let text = try #require(LessonsDocTests.block(after: "<!-- example lesson -->", fence: "````markdown"))
        let lesson = try Lesson(text: text, name: "one-step.md")
        #expect(lesson.info.id == "one-step" && lesson.info.seed == 7 && lesson.totalPoints == 3)
        let session = Session(lesson: lesson)
        var move = session.next()
        #expect(move.position == 1)
        guard case .ran(let first) = session.advance() else { Issue.record("the code cell did not run"); return }
        #expect(first.output == "9\n")
        move = session.next()
        guard case .exercise(let exercise) = session.current else { Issue.record("not at the exercise"); return }
        #expect(exercise.id == "step" && exercise.hints.count == 2 && exercise.checks.count == 2)

        let wrong = try session.submit("w = w - 0.1 * 2*(w + 3)")
        guard case .checkFailed(_, let why) = wrong.verdict else { Issue.record("\(wrong.verdict)"); return }
        #expect(why.message == "one step from 0 should land on 0.6, not -0.6000000000000001")
        #expect(wrong.hint?.text == "The gradient of (w - 3)^2 is 2*(w - 3).")
        #expect(session.shown("w") == "0")

        let right = try session.submit("w = w - 0.1 * 2*(w - 3)")
        #expect(right.passed && session.shown("w") == "0.6000000000000001")
        #expect(session.next().position == 3)
        #expect(session.next().position == 4)
        guard case .ran(let second) = session.advance() else { Issue.record("the second cell did not run"); return }
        #expect(second.output == "5.76\n")
        session.next()
        #expect(try session.answer("5.76").verdict == .correct)
        #expect(session.isFinished)
    }

    @Test("the malformed lesson gives exactly the diagnostics shown")
    func malformed() throws {
        let text = try #require(LessonsDocTests.block(after: "<!-- malformed lesson -->", fence: "````markdown"))
        let expected = try #require(LessonsDocTests.block(after: "````\n", fence: "```error"))
        do {
            _ = try Lesson(text: text, name: "broken.md")
            Issue.record("the malformed lesson parsed")
        } catch let list as DiagnosticList {
            #expect(DiagnosticRenderer(color: false).render(list.diagnostics) == expected)
        }
    }
}
