import Foundation
import Testing

/// Each lesson listed in `Tests/LessonWrongAnswers/expected.tsv`: its plausible wrong answer to every
/// exercise and question, graded against the lesson, scores 0 with the words the tsv lists for it.
@Suite("plausible wrong answers to the bundled lessons")
struct WrongAnswerTests {
    static let folder = GradingCommandTests.root.appendingPathComponent("Tests/LessonWrongAnswers")

    /// `expected.tsv`: per submission, each task and words its reason must hold.
    static let expected: [String: [String: String]] = {
        let text = (try? String(contentsOf: folder.appendingPathComponent("expected.tsv"), encoding: .utf8)) ?? ""
        var cases: [String: [String: String]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3 else { continue }
            cases[fields[0], default: [:]][fields[1]] = fields[2]
        }
        return cases
    }()

    /// The submissions expected.tsv lists, each named after the lesson it answers.
    static let submissions: [String] = expected.keys.sorted()

    @Test("every submission expected.tsv lists is there")
    func listed() {
        #expect(!WrongAnswerTests.submissions.isEmpty)
        for name in WrongAnswerTests.submissions {
            #expect(FileManager.default.fileExists(atPath: WrongAnswerTests.folder.appendingPathComponent(name).path), "\(name)")
        }
    }

    @Test("graded against its lesson: every task scores 0, with its reason", arguments: WrongAnswerTests.submissions)
    func wrongAnswers(_ name: String) async throws {
        let key = GradingCommandTests.root.appendingPathComponent("lessons/\(name)").path
        let submission = WrongAnswerTests.folder.appendingPathComponent(name).path
        let result = try await KnobsBinary.run(["grade", "--key", key, submission, "--format", "json"])
        #expect(result.exitCode == 1, "\(result)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result)")
        let graded = try #require((report["submissions"] as? [[String: Any]])?.first, "\(result)")
        #expect(graded["status"] as? String == "ok", "\(result)")
        let tasks = (graded["exercises"] as? [[String: Any]] ?? []) + (graded["questions"] as? [[String: Any]] ?? [])
        let expected = WrongAnswerTests.expected[name] ?? [:]
        #expect(Set(tasks.compactMap { $0["id"] as? String }) == Set(expected.keys), "a wrong answer for every exercise and question of \(name), each listed in expected.tsv")
        for task in tasks {
            let id = task["id"] as? String ?? "?"
            let reason = task["reason"] as? String ?? ""
            #expect(task["score"] as? Double == 0, "\(name): '\(id)' scored \(task["score"] ?? "nothing")")
            #expect(reason.contains(expected[id] ?? "\u{0}"), "\(name): the reason for '\(id)' is \"\(reason)\", without \"\(expected[id] ?? "")\"")
        }
    }
}
