import Foundation
import KnobsNotebook
import Testing

/// Every submission of the adversarial corpus gets its expected status, score and reason, and the grader goes on.
@Suite("the grading corpus")
struct CorpusTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let file: String
        let status: SubmissionStatus
        let score: Double
        let says: String
        var testDescription: String { file }
    }

    static let cases: [Case] = {
        let text = (try? String(contentsOf: GradingSupport.corpus.appendingPathComponent("expected.tsv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3, let status = SubmissionStatus(rawValue: fields[1]), let score = Double(fields[2]) else { return nil }
            return Case(file: fields[0], status: status, score: score, says: fields.count > 3 ? fields[3] : "")
        }
    }()

    @Test("every submission in the corpus folder has an expected result, and there are enough of them")
    func manifestCoversFolder() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: GradingSupport.corpus.appendingPathComponent("submissions").path)
        #expect(Set(files) == Set(CorpusTests.cases.map(\.file)))
        #expect(CorpusTests.cases.count >= 20)
    }

    @Test("a corpus submission gets its status, score and reason", arguments: CorpusTests.cases)
    func gradeCase(_ expected: Case) throws {
        let grader = try GradingSupport.corpusGrader()
        let result = grader.grade(file: GradingSupport.corpus.appendingPathComponent("submissions/\(expected.file)").path)
        #expect(result.status == expected.status, "\(result.reason ?? "")")
        #expect(result.score == expected.score)
        #expect(result.maxScore == 6)
        let questions = result.run?.questions.map { "answered \($0.answer.map { "\"\($0)\"" } ?? "nothing"): \($0.reason ?? "")" } ?? []
        let said = ([result.reason ?? ""] + result.flags + (result.run?.exercises.compactMap(\.reason) ?? []) + questions).joined(separator: "\n")
        #expect(expected.says.isEmpty || said.contains(expected.says), "the report says: \(said)")
        if result.status != .ok { #expect(result.reason != nil, "every status but ok has a reason") }
    }

    @Test("a 50 MB file is too large and is not read")
    func fiftyMegabytes() throws {
        let folder = try GradingSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("huge.md").path
        let line = Data(String(repeating: "x = 1 # padding\n", count: 4096).utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        for _ in 0..<(50 << 20) / line.count { handle.write(line) }
        try handle.close()
        let result = try GradingSupport.corpusGrader().grade(file: path)
        #expect(result.status == .tooLarge)
        // The size the file system gives: a file that was read would say 1048577, where reading stops.
        #expect(result.reason == "the file has 52428800 bytes; the grader reads at most 1048576", "\(result.reason ?? "")")
    }

    @Test("binary garbage and text that is not UTF-8 are malformed")
    func garbage() throws {
        let grader = try GradingSupport.corpusGrader()
        var random = SystemRandomNumberGenerator()
        let garbage = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) })
        let binary = grader.grade(garbage, name: "garbage.md")
        #expect(binary.status == .malformed && binary.score == 0)
        let latin1 = grader.grade(Data("---\nid: corpus\ntitle: caf".utf8) + Data([0xE9]) + Data("\n---\n".utf8), name: "latin1.md")
        #expect(latin1.status == .malformed)
        #expect(latin1.reason?.contains("UTF-8") == true)
    }

    @Test("code nested 200,000 deep is an error in that exercise; 10,000 unknown exercises are ignored, their flags capped")
    func deepAndMany() throws {
        let grader = try GradingSupport.corpusGrader(options: GradingSupport.quick)
        let deep = try GradingSupport.corpusSubmission(double: "d = " + String(repeating: "(", count: 200_000) + "1" + String(repeating: ")", count: 200_000))
        let nested = grader.grade(Data(deep.utf8), name: "deep.md")
        #expect(nested.status == .error && nested.score == 1)
        #expect(nested.reason?.contains("nested too deeply") == true)
        let cells = (0..<10_000).map { "\n```knobs exercise id=x\($0)\ny = \($0)\n```\n" }.joined()
        let many = grader.grade(Data((try GradingSupport.corpusSubmission(double: "d = 20") + cells).utf8), name: "many.md")
        #expect(many.status == .ok && many.score == 3)
        #expect(many.flags.count == 21 && many.flags.last == "and 9980 more flags like these")
    }

    @Test("a file that is not there, and a device that never ends, are unreadable, and the batch goes on")
    func unreadable() throws {
        let grader = try GradingSupport.corpusGrader()
        let full = GradingSupport.corpus.appendingPathComponent("submissions/full.md").path
        let results = grader.grade(files: ["/nonexistent/knobs.md", "/dev/zero", full], jobs: 2)
        #expect(results.map(\.status) == [.unreadable, .unreadable, .ok])
        #expect(results[1].reason == "it is not a regular file (a named pipe, a device or a folder), so it was not read")
        #expect(results[2].score == 6)
    }

    @Test("a batch keeps what reports show and drops what cells printed, so that memory does not grow with it")
    func batchKeepsNoOutput() throws {
        let grader = try GradingSupport.corpusGrader()
        let path = GradingSupport.corpus.appendingPathComponent("submissions/megabytes-of-output.md").path
        let alone = grader.grade(file: path)
        let batch = try #require(grader.grade(files: [path], jobs: 1).first)
        #expect(alone.run?.cells.contains { !$0.output.isEmpty } == true, "the submission prints")
        #expect(batch.run?.cells.allSatisfy { $0.output.isEmpty && ($0.status == .limit || $0.diagnostics.isEmpty) } == true)
        #expect(batch.run?.cells.map(\.status) == alone.run?.cells.map(\.status))
        #expect((batch.status, batch.score, batch.reason, batch.flags) == (alone.status, alone.score, alone.reason, alone.flags))
        #expect(batch.run?.exercises.map(\.status) == alone.run?.exercises.map(\.status))
        #expect(batch.run?.checks.map(\.message) == alone.run?.checks.map(\.message))
    }

    @Test("a batch keeps the words of each limit hit, as the JSON report gives them")
    func batchKeepsLimitWords() throws {
        let grader = try GradingSupport.corpusGrader()
        let path = GradingSupport.corpus.appendingPathComponent("submissions/infinite-loop.md").path
        let batch = try #require(grader.grade(files: [path], jobs: 1).first)
        let report = try JSONValue.parse(JSONReport(context: GradingSupport.context(grader)).render([batch]))
        guard case .array(let submissions)? = report["submissions"], case .array(let limits)? = submissions.first?["limits"],
              case .string(let message)? = limits.first?["message"] else {
            Issue.record("no limit in \(report)")
            return
        }
        #expect(message.contains("steps"), "\(message)")
    }

    @Test("grading in parallel gives the results of grading one at a time, in order")
    func parallelMatchesSerial() throws {
        let grader = try GradingSupport.corpusGrader()
        let files = CorpusTests.cases.map { GradingSupport.corpus.appendingPathComponent("submissions/\($0.file)").path }
        let one = grader.grade(files: files, jobs: 1)
        let four = grader.grade(files: files, jobs: 4)
        #expect(one.map(\.submission) == files)
        #expect(one.map(\.status) == four.map(\.status))
        #expect(one.map(\.score) == four.map(\.score))
        #expect(one.map(\.reason) == four.map(\.reason))
    }
}
