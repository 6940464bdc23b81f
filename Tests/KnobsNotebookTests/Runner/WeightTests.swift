import Foundation
import KnobsNotebook
import Testing

/// `weight=` on checks: partial credit when grading.
@Suite("check weights")
struct WeightTests {
    static let key = """
        ```knobs exercise id=e points=4
        x = ___
        ```

        ```knobs check id=e weight=3
        expect(x > 0, "x should be positive")
        ```

        ```knobs check id=e hidden
        expect(x == 7, "x should be 7")
        ```
        """

    @Test("an exercise scores the passed share of its checks' weights; a check without a weight weighs 1")
    func partialCredit() throws {
        let lesson = try LessonSupport.lesson(WeightTests.key)
        #expect(lesson.exercises[0].checks.map(\.weight) == [3, nil])
        let grader = Grader(key: lesson, keySHA256: "")
        func score(_ code: String) -> Double {
            grader.grade(Data(LearnerCopy.text(of: lesson).replacingOccurrences(of: "x = ___", with: code).utf8), name: "s.md").score
        }
        #expect(score("x = 7") == 4)
        #expect(score("x = 1") == 3)
        #expect(score("x = -1") == 0)
        #expect(score("x = nope") == 0)
    }

    @Test("without weights an exercise is all or nothing")
    func allOrNothing() throws {
        let lesson = try LessonSupport.lesson(WeightTests.key.replacingOccurrences(of: " weight=3", with: ""))
        let run = Runner(lesson: lesson).run(.submitted(["e": ExerciseCode(text: "x = 1", source: .init(name: "s", text: "x = 1"))]))
        #expect(run.exercises[0].status == .failed && run.score == 0)
    }

    @Test("a weight belongs on a check, and is a number above 0")
    func misplaced() {
        let problems = LessonSupport.bodyProblems("""
            ```knobs exercise id=e weight=2
            x = 1
            ```

            ```knobs check id=e weight=0
            expect(x == 1)
            ```
            """)
        #expect(problems.contains { $0.contains("a weight belongs on a check, not on an exercise cell") })
        #expect(problems.contains { $0.contains("weight needs a number above 0") })
    }
}
