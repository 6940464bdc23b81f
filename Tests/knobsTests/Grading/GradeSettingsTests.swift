import Foundation
import Testing

/// `knobs grade`'s settings from the command line: a time limit per cell and per submission,
/// and the parameters given, which every report records.
@Suite("grade settings")
struct GradeSettingsTests {
    static let corpus = GradingCommandTests.corpus
    /// Steps without end, so that only time stops the corpus's endless loop.
    static let endless = ["--max-steps", "1000000000000", "--jobs", "1", "--format", "json"]

    /// Each submission of a JSON report, by file name.
    private func submissions(_ stdout: String) throws -> [String: [String: Any]] {
        let report = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        let list = try #require(report["submissions"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: list.map { (URL(fileURLWithPath: $0["path"] as? String ?? "").lastPathComponent, $0) })
    }

    private func grade(_ options: [String]) async throws -> [String: [String: Any]] {
        let files = ["infinite-loop.md", "full.md"].map { Self.corpus.appendingPathComponent("submissions/\($0)").path }
        let home = try TemporaryDirectory()
        let result = try await KnobsBinary.run(["grade", "--key", Self.corpus.appendingPathComponent("key.md").path] + files + Self.endless + options,
                                               environment: ["KNOBS_HOME": home.path], deadline: .seconds(120))
        #expect(result.exitCode == 1, "\(result)")
        return try submissions(result.stdout)
    }

    @Test("--timeout stops the cell that runs too long; the submission's later cells and the next submission are graded")
    func cellTimeout() async throws {
        let graded = try await grade(["--timeout", "1"])
        let looping = try #require(graded["infinite-loop.md"])
        #expect(looping["status"] as? String == "limit")
        #expect((looping["reason"] as? String)?.contains("the exercise 'double' hit a limit: the program ran longer than 1") == true, "\(looping)")
        #expect(looping["score"] as? Double == 1, "the exercise after the loop still scores")
        #expect(graded["full.md"]?["score"] as? Double == 6)
    }

    @Test("--budget stops a submission whose cells together run too long; the next submission is graded")
    func submissionBudget() async throws {
        let graded = try await grade(["--timeout", "600", "--budget", "2"])
        let looping = try #require(graded["infinite-loop.md"])
        #expect(looping["status"] as? String == "limit")
        #expect(looping["reason"] as? String == "the run's time budget was spent")
        let exercises = try #require(looping["exercises"] as? [[String: Any]])
        #expect(exercises.map { $0["status"] as? String } == ["limit", "not-run"])
        #expect(looping["score"] as? Double == 0)
        #expect(graded["full.md"]?["score"] as? Double == 6)
    }

    @Test("-p and --params values are used, and every report records them")
    func parameters() async throws {
        let folder = try TemporaryDirectory()
        try folder.write("""
            ---
            id: params
            title: Parameters
            ---

            ```knobs id=parameters
            lr = 0.1
            epochs = 3
            ```

            ```knobs exercise id=e
            y = ___
            ```

            ```knobs solution id=e
            y = lr * epochs
            ```

            ```knobs check id=e
            expect(near(y, lr * epochs), "y should be lr * epochs")
            ```
            """, to: "key.md")
        try folder.write("lr: 0.5\n", to: "params.yaml")
        let released = try await KnobsBinary.run(["release", folder.file("key.md"), "-o", folder.file("out")])
        #expect(released.exitCode == 0, "\(released)")
        let copy = folder.file("out/key.md")
        try folder.write(try String(contentsOfFile: copy, encoding: .utf8).replacingOccurrences(of: "y = ___", with: "y = 25"), to: "out/key.md")
        let result = try await KnobsBinary.run(["grade", "--key", folder.file("key.md"), copy, "-p", "epochs=50", "--params", folder.file("params.yaml"),
                                                "--format", "json"], environment: ["KNOBS_HOME": folder.path])
        #expect(result.exitCode == 0, "25 is 0.5 * 50: \(result)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let settings = try #require(report["settings"] as? [String: Any])
        #expect(settings["parameters"] as? [String: String] == ["epochs": "50", "lr": "0.5"])
        // Every other report names them too, as `name = value`.
        for (format, given) in [("text", "parameters given: "), ("tap", "# parameters given: "), ("junit", "<property name=\"parameter\" value=\"")] {
            let other = try await KnobsBinary.run(["grade", "--key", folder.file("key.md"), copy, "-p", "epochs=50", "--params", folder.file("params.yaml"),
                                                   "--format", format], environment: ["KNOBS_HOME": folder.path])
            #expect(other.stdout.contains(given + "lr = 0.5") && other.stdout.contains("epochs = 50"), "\(format): \(other)")
        }
        let gradescope = try await KnobsBinary.run(["grade", "--key", folder.file("key.md"), copy, "-p", "epochs=50", "--format", "gradescope"],
                                                   environment: ["KNOBS_HOME": folder.path])
        let results = try #require(try JSONSerialization.jsonObject(with: Data(gradescope.stdout.utf8)) as? [String: Any])
        #expect((results["extra_data"] as? [String: Any])?["parameters"] as? [String: String] == ["epochs": "50"], "\(gradescope)")
    }
}
