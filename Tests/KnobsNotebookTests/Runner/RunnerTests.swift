import Foundation
import KnobsLang
import KnobsNotebook
import Testing

/// `Runner`: a lesson run with no person present.
@Suite("the runner")
struct RunnerTests {
    @Test("every bundled lesson passes every check, hidden ones included, and answers every question with its solutions", arguments: GradingSupport.bundledLessons)
    func solutionsPass(_ path: String) throws {
        let lesson = try Lesson(contentsOfFile: path)
        let run = Runner(lesson: lesson, options: GradingSupport.proving, prepare: GradingSupport.drawing).run(.solutions)
        #expect(run.allPassed)
        #expect(run.failedCount == 0 && run.passedCount == lesson.exercises.reduce(0) { $0 + $1.checks.count } + lesson.questions.count)
        #expect(run.questions.map(\.id) == lesson.questions.map(\.id) && run.questions.allSatisfy(\.isCorrect))
        #expect(run.score == run.maxScore && run.maxScore > 0)
        #expect(run.cells.allSatisfy { $0.status == .ok })
    }

    @Test("the released copy of every bundled lesson scores 0, and no check passes by accident", arguments: GradingSupport.bundledLessons)
    func releasedScoresZero(_ path: String) throws {
        let key = try Lesson(contentsOfFile: path)
        let released = try Lesson(text: LearnerCopy.text(of: key), name: path)
        let run = Runner(lesson: released, options: GradingSupport.proving, prepare: GradingSupport.drawing).run(.asWritten)
        #expect(run.score == 0)
        #expect(run.passedCount == 0)
        #expect(!run.allPassed)
        let graded = Grader(key: key, keySHA256: "", options: GradingSupport.proving, prepare: GradingSupport.drawing).grade(Data(LearnerCopy.text(of: key).utf8), name: path)
        #expect(graded.score == 0 && graded.status == .ok)
    }

    @Test("an exercise that errors scores 0 and the run goes on to the next cells")
    func errorContinues() throws {
        let lesson = try LessonSupport.lesson("""
            ```knobs exercise id=first points=2
            x = undefined_thing
            ```

            ```knobs check id=first
            expect(x == 1)
            ```

            ```knobs
            print("still running")
            ```

            ```knobs exercise id=second
            y = 2
            ```

            ```knobs check id=second
            expect(y == 2, "y should be 2")
            ```
            """)
        let run = Runner(lesson: lesson).run(.asWritten)
        #expect(run.exercises.map(\.status) == [.error, .passed])
        #expect(run.exercises.map(\.score) == [0, 1])
        #expect(run.cells.contains { $0.output == "still running\n" })
        #expect((run.passedCount, run.failedCount) == (1, 1))
    }

    @Test("a cell that runs forever hits the cell timeout, and the run's budget stops the rest")
    func budget() throws {
        let lesson = try LessonSupport.lesson("""
            ```knobs
            while true {
            }
            ```

            ```knobs
            print("never")
            ```

            ```knobs exercise id=e
            z = 1
            ```

            ```knobs check id=e
            expect(z == 1)
            ```
            """)
        var limits = Limits.standard
        limits.maxSteps = .max
        limits.timeout = 5
        let run = Runner(lesson: lesson, options: RunOptions(limits: limits, budget: 0.5)).run(.asWritten)
        #expect(run.cells.first?.status == .limit)
        // The budget stopped the first cell, not its own 5 s timeout.
        #expect(run.cells.first?.diagnostics.first?.message == "the run's time budget of 0.5 s was spent")
        #expect(run.cells.dropFirst().allSatisfy { $0.status == .notRun })
        #expect(run.budgetSpent && run.hitLimit)
        #expect(run.exercises.first?.status == .notRun && run.score == 0)
    }

    @Test("output past the cap is counted, not kept; output past the limit is a limit")
    func outputCap() throws {
        let lesson = try LessonSupport.lesson("""
            ```knobs
            for i in 0..<1000 {
                print("0123456789")
            }
            ```

            ```knobs
            for i in 0..<100000 {
                print("0123456789")
            }
            ```
            """)
        var options = RunOptions(outputCap: 100)
        options.limits.maxOutput = 100_000
        let run = Runner(lesson: lesson, options: options).run(.asWritten)
        #expect(run.cells[0].status == .ok)
        #expect(run.cells[0].output.utf8.count == 100 && run.cells[0].outputCut == 11_000 - 100)
        #expect(run.cells[1].status == .limit)
    }

    @Test("the seed is the lesson's unless the options give one, and the same seed gives the same numbers")
    func seeds() throws {
        let lesson = try LessonSupport.lesson("```knobs\nprint(rand())\n```", extra: "seed: 5\n")
        let first = Runner(lesson: lesson).run(.asWritten)
        let again = Runner(lesson: lesson).run(.asWritten)
        let other = Runner(lesson: lesson, options: RunOptions(seed: 6)).run(.asWritten)
        #expect(first.seed == 5 && other.seed == 6)
        #expect(first.cells[0].output == again.cells[0].output)
        #expect(first.cells[0].output != other.cells[0].output)
    }

    @Test("the transcript marks checks with ✓ and ✗, or ok and FAIL in ASCII, and ends with the count")
    func transcript() throws {
        let lesson = try LessonSupport.lesson("""
            ```knobs exercise id=e
            a = 1
            ```

            ```knobs check id=e
            expect(a == 1, "a is 1")
            ```

            ```knobs check id=e hidden
            expect(a == 2, "a should be 2")
            ```
            """)
        let run = Runner(lesson: lesson).run(.asWritten)
        let unicode = Transcript().render(run, name: "t.md")
        #expect(unicode.contains("✓ e check 1\n"))
        #expect(unicode.contains("✗ e hidden check 2: a should be 2\n"))
        #expect(unicode.hasSuffix("1 passed, 1 failed\n"))
        #expect(!unicode.contains("only visible checks ran"))
        let released = try Lesson(text: LearnerCopy.text(of: lesson), name: "t.md")
        #expect(Transcript().render(Runner(lesson: released).run(.asWritten), name: "t.md").contains("only visible checks ran"))
        let ascii = Transcript(symbols: .ascii).render(run, name: "t.md")
        #expect(ascii.contains("ok e check 1\n") && ascii.contains("FAIL e hidden check 2"))
        #expect(ascii.unicodeScalars.allSatisfy { $0.isASCII })
    }
}
