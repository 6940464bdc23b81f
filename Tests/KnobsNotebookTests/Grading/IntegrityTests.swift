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
