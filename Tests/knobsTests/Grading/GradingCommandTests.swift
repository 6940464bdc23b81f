import Foundation
import Testing

/// `knobs run`, `knobs release` and `knobs grade` as a teacher runs them: output, files and exit codes.
@Suite("run, release and grade")
struct GradingCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// Every lesson in `lessons/`, in course order.
    static let lessons: [String] = {
        let folder = root.appendingPathComponent("lessons")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted().map { folder.appendingPathComponent($0).path }
    }()
    static let corpus = root.appendingPathComponent("Tests/GradingCorpus")
    static let quick = ["--max-steps", "2000000"]

    @Test("run --solutions passes every bundled lesson: exit 0 and no failure", arguments: GradingCommandTests.lessons)
    func solutions(_ lesson: String) async throws {
        // A generous cell timeout: this proves the lessons right, in a debug build on a machine that may be busy; speed is benchmarked.
        let result = try await KnobsBinary.run(["run", lesson, "--solutions", "--timeout", "60"], environment: ["LANG": "C.UTF-8"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.range(of: #"\n\d+ passed, 0 failed\n$"#, options: .regularExpression) != nil, "\(result)")
        #expect(result.stdout.contains("✓"))
    }

    @Test("release writes a copy whose run scores 0 and exits 1", arguments: GradingCommandTests.lessons)
    func release(_ lesson: String) async throws {
        let folder = try TemporaryFile(named: "unused", text: "")
        let released = try await KnobsBinary.run(["release", lesson, "-o", folder.directory.path + "/out"])
        #expect(released.exitCode == 0, "\(released)")
        let copy = folder.directory.appendingPathComponent("out/" + URL(fileURLWithPath: lesson).lastPathComponent).path
        #expect(released.stdout == copy + "\n")
        let text = try String(contentsOfFile: copy, encoding: .utf8)
        #expect(!text.contains("knobs solution") && !text.contains(" hidden\n"))
        let run = try await KnobsBinary.run(["run", copy], environment: ["LANG": "C"])
        #expect(run.exitCode == 1, "\(run)")
        #expect(run.stdout.contains("\n0 passed, "), "\(run)")
        #expect(!run.stdout.contains("✓") && !run.stdout.contains("✗"), "ASCII marks where the locale is not UTF-8")
    }

    @Test("release refuses to overwrite the key")
    func releaseOverKey() async throws {
        let key = try TemporaryFile(named: "key.md", contents: try Data(contentsOf: GradingCommandTests.corpus.appendingPathComponent("key.md")))
        let result = try await KnobsBinary.run(["release", key.path, "-o", key.directory.path])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("would overwrite the key"))
    }

    @Test("run: a limit is exit 3, a malformed lesson exit 2")
    func runExitCodes() async throws {
        let looping = try TemporaryFile(named: "loop.md", text: "---\nid: loop\ntitle: Loop\n---\n```knobs\nwhile true {\n}\n```\n")
        let limit = try await KnobsBinary.run(["run", looping.path] + GradingCommandTests.quick)
        #expect(limit.exitCode == 3, "\(limit)")
        #expect(limit.stdout.contains("limit reached"))
        let broken = try TemporaryFile(named: "broken.md", text: "---\nid: broken\ntitle: Broken\n---\n```knobs exercise\nx = 1\n```\n")
        let malformed = try await KnobsBinary.run(["run", broken.path])
        #expect(malformed.exitCode == 2, "\(malformed)")
        #expect(malformed.stderr.contains("broken.md:5"))
        #expect(malformed.stdout == "")
    }

    @Test("grade a folder: every submission gets a line, the gradebook a row, exit 1")
    func gradeCorpus() async throws {
        let out = try TemporaryFile(named: "unused", text: "")
        let gradebook = out.directory.appendingPathComponent("grades.csv").path
        let result = try await KnobsBinary.run(["grade", "--key", GradingCommandTests.corpus.appendingPathComponent("key.md").path,
                                                 GradingCommandTests.corpus.appendingPathComponent("submissions").path,
                                                 "--jobs", "2", "--gradebook", gradebook] + GradingCommandTests.quick)
        #expect(result.exitCode == 1, "\(result)")
        let files = try FileManager.default.contentsOfDirectory(atPath: GradingCommandTests.corpus.appendingPathComponent("submissions").path)
        #expect(result.stdout.contains("\n2 passed, \(files.count - 2) failed\n"), "\(result)")
        let rows = try String(contentsOfFile: gradebook, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == files.count + 1)
        #expect(rows.contains { $0.contains("full.md,6,6,") && $0.hasSuffix(",ok,") })
    }

    @Test("grade: full marks is exit 0; a missing key or submission is exit 2")
    func gradeExitCodes() async throws {
        let key = GradingCommandTests.corpus.appendingPathComponent("key.md").path
        let full = GradingCommandTests.corpus.appendingPathComponent("submissions/full.md").path
        let ok = try await KnobsBinary.run(["grade", "--key", key, full, "--format", "json"])
        #expect(ok.exitCode == 0, "\(ok)")
        #expect(ok.stdout.contains("\"fullMarks\" : 1"))
        let noKey = try await KnobsBinary.run(["grade", "--key", "/nonexistent/key.md", full])
        #expect(noKey.exitCode == 2 && noKey.stderr.contains("no such file"))
        let noSubmission = try await KnobsBinary.run(["grade", "--key", key, "/nonexistent/folder"])
        #expect(noSubmission.exitCode == 2 && noSubmission.stderr.contains("no such submission"))
        let none = try await KnobsBinary.run(["grade", "--key", key])
        #expect(none.exitCode == 2)
    }

    @Test("grade --format gradescope --out DIR writes a results.json per submission")
    func gradescopeFolder() async throws {
        let out = try TemporaryFile(named: "unused", text: "")
        let folder = out.directory.appendingPathComponent("gs").path
        let submissions = ["full", "partial"].map { GradingCommandTests.corpus.appendingPathComponent("submissions/\($0).md").path }
        let result = try await KnobsBinary.run(["grade", "--key", GradingCommandTests.corpus.appendingPathComponent("key.md").path]
                                                + submissions + ["--format", "gradescope", "--out", folder])
        #expect(result.exitCode == 1, "\(result)")
        for name in ["1-full", "2-partial"] {
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name)/results.json"))
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(json["score"] as? Double == (name == "1-full" ? 6 : 2))
        }
    }

    @Test("run draws plots into the transcript, 80 columns wide whatever the terminal")
    func plots() async throws {
        let lesson = try TemporaryFile(named: "plot.md", text: "---\nid: plot\ntitle: Plot\n---\n```knobs\nplot([1, 4, 9, 16], title: \"squares\")\n```\n")
        let narrow = try await KnobsBinary.run(["run", lesson.path], environment: ["COLUMNS": "40", "LANG": "C.UTF-8"])
        let wide = try await KnobsBinary.run(["run", lesson.path], environment: ["COLUMNS": "200", "LANG": "C.UTF-8"])
        #expect(narrow.exitCode == 0, "\(narrow)")
        #expect(narrow.stdout.contains("squares") && narrow.stdout.contains("┤"))
        #expect(narrow.stdout == wide.stdout)
    }

    @Test("help for run, grade and release matches the snapshots", arguments: ["run", "grade", "release"])
    func help(_ command: String) async throws {
        let result = try await KnobsBinary.run([command, "--help"])
        #expect(result.exitCode == 0, "\(result)")
        try Snapshot.expect(result.stdout, matches: "\(command)-help.txt")
    }
}
