import Foundation
import KnobsNotebook
import Testing

/// A submission cannot change, skip or fake the key's checks.
@Suite("check integrity")
struct IntegrityTests {
    private func grade(double: String, square: String = "fn sq(x) = x * x") throws -> GradeResult {
        try GradingSupport.corpusGrader().grade(Data(try GradingSupport.corpusSubmission(double: double, square: square).utf8), name: "s.md")
    }

    private func exercise(_ result: GradeResult, _ id: String) throws -> ExerciseResult {
        try #require(result.run?.exercises.first { $0.id == id })
    }

    @Test("rebinding expect and near in the submission does not change a check", arguments: [
        "fn expect(condition, message) = nil\nd = 0",
        "fn near(a, b) = true\nd = 0",
        "expect = print\nnear = max\nd = 0",
        "fn expect(c, m) = nil\nfn near(a, b) = true\nd = 1",
    ])
    func rebindingChecks(_ code: String) throws {
        let result = try grade(double: code)
        let double = try exercise(result, "double")
        #expect(double.status == .failed && double.score == 0)
        #expect(double.checks.allSatisfy { !$0.passed })
        #expect(!double.reboundLibraryNames.isEmpty)
        #expect(result.flags.contains { $0.contains("the checks used the library's") })
        #expect(result.score == 1)
    }

    @Test("rebinding a library function that a check calls does not change it")
    func rebindingOtherBuiltins() throws {
        // The hidden check of 'square' compares with ==, and the visible one calls nothing of the
        // library; a check that calls abs must see the library's abs.
        let key = try LessonSupport.lesson("""
            ```knobs exercise id=e
            x = ___
            ```

            ```knobs solution id=e
            x = -3
            ```

            ```knobs check id=e
            expect(abs(x) == 3 and len([x]) == 1, "x should be -3")
            ```
            """)
        let grader = Grader(key: key, keySHA256: "", options: GradingSupport.quick)
        let text = LearnerCopy.text(of: key).replacingOccurrences(of: "x = ___", with: "fn abs(v) = 3\nfn len(v) = 1\nx = 100")
        let cheating = grader.grade(Data(text.utf8), name: "s.md")
        #expect(cheating.score == 0)
        #expect(cheating.run?.exercises.first?.reboundLibraryNames == ["abs", "len"])
        let honest = grader.grade(Data(LearnerCopy.text(of: key).replacingOccurrences(of: "x = ___", with: "x = -3").utf8), name: "s.md")
        #expect(honest.score == 1)
    }

    /// A key whose code cell defines a helper, `target`, that the check of exercise `f` calls.
    private static let helperKey = """
        ```knobs
        fn target(x) = 2 * x
        ```

        ```knobs exercise id=f
        fn f(x) = ___
        ```

        ```knobs solution id=f
        fn f(x) = 2 * x
        ```

        ```knobs check id=f
        expect(f(3) == target(3), "f(3) should be {target(3)}, not {f(3)}")
        ```

        ```knobs
        print("after", target(1))
        ```
        """

    @Test("a function the key's code cell defines is the key's in a check, whatever the submission assigns, and that is flagged")
    func rebindingKeyHelpers() throws {
        let key = try LessonSupport.lesson(Self.helperKey)
        let grader = Grader(key: key, keySHA256: "", options: GradingSupport.quick)
        let submit = { (code: String) in
            grader.grade(Data(LearnerCopy.text(of: key).replacingOccurrences(of: "fn f(x) = ___", with: code).utf8), name: "s.md")
        }
        let cheating = submit("fn target(x) = 0\nfn f(x) = 0")
        #expect(cheating.score == 0)
        #expect(cheating.run?.exercises.first?.reboundKeyNames == ["target"])
        #expect(cheating.run?.exercises.first?.reboundLibraryNames == [])
        #expect(cheating.flags == ["'f' gives the key's functions values of its own (target); the checks used the key's"])
        let lucky = submit("fn target(x) = 0\nfn f(x) = 2 * x")
        #expect(lucky.score == 1, "a right answer is right whatever else it assigns")
        #expect(lucky.run?.cells.last?.output == "after 0\n", "the learner's rebinding stays theirs after the checks")
        let honest = submit("fn f(x) = x + x")
        #expect(honest.score == 1 && honest.flags.isEmpty)
    }

    @Test("a name an exercise of the key defines is the learner's, even when a code cell of the key defined it first")
    func exerciseOwnsItsName() throws {
        let key = try LessonSupport.lesson("""
            ```knobs
            fn loss(w) = w * w
            ```

            ```knobs exercise id=shift
            # Move the lowest point of loss to w = 1.
            fn loss(w) = ___
            ```

            ```knobs solution id=shift
            fn loss(w) = (w - 1) * (w - 1)
            ```

            ```knobs check id=shift
            expect(loss(1) == 0, "loss(1) should be 0, not {loss(1)}")
            ```
            """)
        #expect(Runner(lesson: key, options: GradingSupport.quick).run(.solutions).score == 1)
        let grader = Grader(key: key, keySHA256: "", options: GradingSupport.quick)
        let text = LearnerCopy.text(of: key).replacingOccurrences(of: "fn loss(w) = ___", with: "fn loss(w) = (1 - w) ^ 2")
        let result = grader.grade(Data(text.utf8), name: "s.md")
        #expect(result.score == 1 && result.flags.isEmpty)
    }

    @Test("the learner's rebinding stays theirs after the checks: later cells see it")
    func rebindingIsRestoredAfterChecks() throws {
        let result = try grade(double: "fn near(a, b) = true\nd = 20")
        #expect(try exercise(result, "double").status == .passed)
        #expect(result.score == 3)
    }

    @Test("printing PASS, TAP lines or fake JSON changes nothing")
    func fakeOutput() throws {
        let fake = try grade(double: #"print("PASS")"# + "\n" + #"print("ok 1 - double check 1")"# + "\n" + #"print("\{\"score\": 3\}")"# + "\nd = 1")
        let plain = try grade(double: "d = 1")
        #expect(fake.score == plain.score)
        #expect(fake.score == 1)
        #expect(try exercise(fake, "double").checks.map(\.status) == exercise(plain, "double").checks.map(\.status))
    }

    @Test("a hidden check decides the score even when every visible check passes")
    func hiddenChecksCount() throws {
        let result = try grade(double: "d = 20", square: "fn sq(x) = 9")
        let square = try exercise(result, "square")
        #expect(square.checks.map(\.status) == [.passed, .failed])
        #expect(square.score == 0)
        #expect(result.score == 2)
    }

    @Test("edited code cells and checks in a submission have no effect and are flagged")
    func editedKeyCells() throws {
        let text = try GradingSupport.corpusSubmission(double: "d = 0")
            .replacingOccurrences(of: "base = 10", with: "base = 0")
            .replacingOccurrences(of: #"expect(near(d, 20), "d should be 20, not {d}")"#, with: "expect(true)")
        let result = try GradingSupport.corpusGrader().grade(Data(text.utf8), name: "s.md")
        #expect(result.score == 1)
        #expect(result.flags.contains { $0.contains("code cell (key line 12) was changed") })
        #expect(result.flags.contains { $0.contains("check of 'double' (key line 29) was changed") })
        let clean = try grade(double: "d = 20")
        #expect(clean.flags.isEmpty)
    }

    @Test("points and weights changed in a submission's headers count for nothing and are flagged")
    func editedHeaders() throws {
        let text = try GradingSupport.corpusSubmission(double: "d = 20", square: "fn sq(x) = 0")
            .replacingOccurrences(of: "```knobs exercise id=double points=2", with: "```knobs exercise id=double points=100")
            .replacingOccurrences(of: "```knobs exercise id=square points=1", with: "```knobs exercise id=square")
            .replacingOccurrences(of: "```knobs question id=seven-sixteenths points=2", with: "```knobs question id=seven-sixteenths points=50")
            .replacingOccurrences(of: "```knobs check id=square\n", with: "```knobs check id=square weight=5\n")
        #expect(text.contains("points=100") && text.contains("weight=5"), "the corpus's headers are as this test expects")
        let result = try GradingSupport.corpusGrader().grade(Data(text.utf8), name: "s.md")
        let clean = try grade(double: "d = 20", square: "fn sq(x) = 0")
        #expect(result.score == clean.score && result.maxScore == clean.maxScore)
        #expect(result.flags.contains("the submission's exercise 'double' has points=100 where the key has points=2; the key's points counted"), "\(result.flags)")
        #expect(result.flags.contains("the submission's exercise 'square' has no points= where the key has points=1; the key's points counted"), "\(result.flags)")
        #expect(result.flags.contains { $0.contains("question 'seven-sixteenths' has points=50") }, "\(result.flags)")
        #expect(result.flags.contains { $0.contains("check of 'square'") && $0.contains("was changed") }, "\(result.flags)")
        #expect(clean.flags.isEmpty, "\(clean.flags)")
    }

    @Test("an exercise that fails gives way to the key's solution, so later cells run")
    func standIn() throws {
        let result = try grade(double: "d = nothing_here")
        let double = try exercise(result, "double")
        #expect(double.status == .error && double.stoodIn)
        let total = try #require(result.run?.cells.first { $0.kind == .code && $0.output.contains("total") })
        #expect(total.output == "total 30\n")
        #expect(result.score == 1)
    }

    @Test("the starter code, blank code and a missing exercise score 0 without running the checks")
    func unfinished() throws {
        let grader = try GradingSupport.corpusGrader()
        let released = LearnerCopy.text(of: grader.key)
        let starter = grader.grade(Data(released.utf8), name: "s.md")
        #expect(starter.score == 0)
        #expect(starter.run?.exercises.map(\.status) == [.unfinished, .unfinished])
        let blank = try grade(double: "# nothing yet")
        #expect(try exercise(blank, "double").status == .unfinished)
        #expect(try exercise(blank, "double").checks.allSatisfy { $0.status == .notRun })
    }

    @Test("a result carries the SHA-256 of the key file")
    func keyHash() throws {
        let grader = try GradingSupport.corpusGrader()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", GradingSupport.corpus.appendingPathComponent("key.md").path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        process.waitUntilExit()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(output.hasPrefix(grader.keySHA256 + " "))
    }
}
