import Foundation
import Testing

/// The rules every lesson of the course keeps (issue 9, "Every lesson"), checked
/// on every file in `lessons/`, so a new lesson is held to them by being there.
@Suite("the course")
struct CourseTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// Every lesson file, in course order.
    static let lessons: [String] = {
        let folder = root.appendingPathComponent("lessons")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted().map { folder.appendingPathComponent($0).path }
    }()
    /// Drawing functions: a lesson shows at least one picture (or a Markdown table).
    static let pictures = ["plot(", "scatter(", "boundary(", "race(", "plot_schedule(", "compare_optimizers(", "degree_sweep(",
                           "show_fit(", "overfit_net(", "learning_curve(", "graph("]

    static func text(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    /// The ids of the cells of one kind (`exercise`, `hint`, …), in order, with repeats.
    static func ids(_ kind: String, in text: String) -> [String] {
        text.matches(of: try! Regex("```knobs \(kind)[^\\n]*\\bid=([A-Za-z0-9_-]+)")).compactMap { $0.output[1].substring.map(String.init) }
    }

    @Test("the course has lessons")
    func hasLessons() {
        #expect(Self.lessons.count >= 4)
    }

    @Test("front matter with a summary and a seed; three exercises with points, each with a hint and a solution; hidden checks; a picture",
          arguments: CourseTests.lessons)
    func structure(_ lesson: String) throws {
        let text = try Self.text(lesson)
        let name = URL(fileURLWithPath: lesson).lastPathComponent
        let front = text.split(separator: "---", maxSplits: 2, omittingEmptySubsequences: true).first.map(String.init) ?? ""
        #expect(front.contains("\nsummary:"), "\(name): no summary in the front matter")
        #expect(front.contains("\nseed:"), "\(name): no seed in the front matter")
        let exercises = Self.ids("exercise", in: text)
        #expect(exercises.count >= 3, "\(name): \(exercises.count) exercises, at least 3 wanted")
        for line in text.split(separator: "\n") where line.hasPrefix("```knobs exercise") {
            #expect(line.contains("points="), "\(name): \(line) has no points=")
        }
        let hinted = Set(Self.ids("hint", in: text)), solved = Set(Self.ids("solution", in: text))
        for id in exercises {
            #expect(hinted.contains(id), "\(name): exercise \(id) has no hint")
            #expect(solved.contains(id), "\(name): exercise \(id) has no solution")
        }
        #expect(text.contains(try Regex("```knobs check[^\\n]*\\bhidden")), "\(name): no hidden check")
        let picture = Self.pictures.contains { text.contains($0) } || text.contains("|---")
        #expect(picture, "\(name): no picture (a plot, scatter, boundary, race, table, …)")
    }

    @Test("each lesson but the last ends by naming the next (its number, as :open takes it)", arguments: CourseTests.lessons.dropLast())
    func namesTheNext(_ lesson: String) throws {
        let index = try #require(Self.lessons.firstIndex(of: lesson))
        let next = URL(fileURLWithPath: Self.lessons[index + 1]).deletingPathExtension().lastPathComponent
        let number = String(next.prefix { $0.isNumber })
        let ending = try Self.text(lesson).split(separator: "\n").suffix(15).joined(separator: "\n")
        #expect(ending.contains(":open \(number)") || ending.contains(next), "\(lesson) should end by naming \(next) (:open \(number))")
    }

    @Test("every line of code a learner is shown (cells, exercises, solutions) fits 80 columns: 4 of indent and 76",
          arguments: CourseTests.lessons)
    func codeFitsTheTerminal(_ lesson: String) throws {
        let name = URL(fileURLWithPath: lesson).lastPathComponent
        var shown = false
        for (number, line) in try Self.text(lesson).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("```") {
                shown = !shown && (line == "```knobs" || line.hasPrefix("```knobs exercise") || line.hasPrefix("```knobs solution"))
                continue
            }
            #expect(!shown || line.count <= 76, "\(name):\(number + 1) is \(line.count) characters: \(line)")
        }
    }

    @Test("the syllabus (lessons/README.md) links every lesson under its title, with a time", arguments: CourseTests.lessons)
    func inTheSyllabus(_ lesson: String) throws {
        let syllabus = try Self.text(Self.root.appendingPathComponent("lessons/README.md").path)
        let file = URL(fileURLWithPath: lesson).lastPathComponent
        let title = try #require(try Self.text(lesson).split(separator: "\n").first { $0.hasPrefix("title:") }?.dropFirst("title:".count))
            .trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        let row = syllabus.split(separator: "\n").first { $0.hasPrefix("| [\(file.dropLast(3))](\(file))") }
        #expect(row != nil, "lessons/README.md has no row for \(file)")
        #expect(row?.contains("): \(title) |") == true, "the syllabus should give \(file)'s title, \(title): \(row ?? "")")
        #expect(row?.contains(try Regex(#"\| \d+ min \|$"#)) == true, "the syllabus should give the time \(file) takes: \(row ?? "")")
    }

    @Test("a plausible wrong answer to every exercise fails with a message that helps", arguments: CourseTests.lessons)
    func wrongAnswers(_ lesson: String) async throws {
        let name = URL(fileURLWithPath: lesson).lastPathComponent
        let wrong = Self.root.appendingPathComponent("Tests/LessonWrongAnswers/\(name)").path
        #expect(FileManager.default.fileExists(atPath: wrong), "\(name): no Tests/LessonWrongAnswers/\(name)")
        guard FileManager.default.fileExists(atPath: wrong) else { return }
        let home = try TemporaryDirectory()
        let result = try await KnobsBinary.run(["grade", "--key", lesson, wrong, "--format", "json", "--jobs", "1"],
                                               environment: ["KNOBS_HOME": home.path], deadline: .seconds(120))
        #expect(result.exitCode == 1, "\(name): \(result)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let submission = try #require((report["submissions"] as? [[String: Any]])?.first)
        let exercises = try #require(submission["exercises"] as? [[String: Any]])
        #expect(exercises.count == Self.ids("exercise", in: try Self.text(lesson)).count)
        for exercise in exercises {
            let id = exercise["id"] as? String ?? "?"
            #expect(exercise["status"] as? String == "failed", "\(name): exercise \(id) is \(exercise["status"] ?? "?"), not failed: \(exercise["reason"] ?? "")")
            let checks = exercise["checks"] as? [[String: Any]] ?? []
            let failedVisible = checks.first { $0["status"] as? String == "failed" && $0["visibility"] as? String == "visible" }
            let message = failedVisible?["message"] as? String ?? ""
            #expect(message.count >= 10, "\(name): exercise \(id) fails no visible check with a helpful message: \(checks)")
        }
    }
}
