import Foundation
import KnobsTestSupport
import Testing

/// A plugin's lesson cell kind through the commands: the Dutch quiz's ```` ```knobs words ````
/// shown by the REPL, printed by `knobs run`, graded without effect on scores, kept by
/// `knobs release`, and its mistakes reported at their line and column with exit 2.
@Suite("plugin cell kinds through the commands")
struct PluginCellCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The table's row for *idee*, as both the REPL and the transcript draw it (the transcript indents it by two).
    static var ideeRow: Regex<AnyRegexOutput> { try! Regex(#"het Idee +│ /iˈdeː/ +│ Idea\n"#) }

    /// A key with a words cell (its words on lines 9 and 10) and one exercise worth 2 points.
    static func key(plugins: String = "[dutch-quiz]", words: String = "het idee\ncomputer") -> String {
        CellKindLesson.text(plugins: plugins, header: "words", body: words, prose: "Two words.")
    }

    @Test("the REPL shows the table when the learner reaches the cell (14-dutch-corner's first words)")
    func repl() async throws {
        let home = try TemporaryDirectory()
        let result = try await REPLRun.piped(["repl", "14"], input: "\n", home: home)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stderr == "", "\(result)")
        let table = try #require(result.stdout.range(of: "word "), "\(result.stdout)")
        let shown = String(result.stdout[table.lowerBound...])
        #expect(shown.hasPrefix("word                         │ pronunciation                │ meaning\n"), "\(shown)")
        #expect(shown.contains(Self.ideeRow), "\(shown)")
        #expect(shown.contains("de Computer                  │ /kɔmˈpytər/                  │ Computer\n"), "\(shown)")
    }

    @Test("knobs run prints the drawn cell in its transcript, within 80 columns, and the score is the exercises'")
    func run() async throws {
        let home = try TemporaryDirectory()
        let lesson = Self.root.appendingPathComponent("lessons/14-dutch-corner.md").path
        let result = try await KnobsBinary.run(["run", lesson, "--solutions"], environment: ["KNOBS_HOME": home.path, "LANG": "C.UTF-8"],
                                               deadline: .seconds(120))
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("\n[line 16] words\n  word                         │ pronunciation"), "\(result.stdout)")
        #expect(result.stdout.contains(Self.ideeRow), "\(result.stdout)")
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(result.stdout.hasSuffix("score 7/7\n9 passed, 0 failed\n"), "\(result.stdout)")
    }

    @Test("knobs release keeps the cell as written, and knobs grade scores the copy by its exercise alone")
    func releaseAndGrade() async throws {
        let home = try TemporaryDirectory()
        try home.write(Self.key(), to: "key.md")
        let environment = ["KNOBS_HOME": home.path, "LANG": "C.UTF-8"]
        let release = try await KnobsBinary.run(["release", home.file("key.md"), "-o", home.file("out")], environment: environment)
        #expect(release.exitCode == 0, "\(release)")
        let copy = try String(contentsOfFile: home.file("out/key.md"), encoding: .utf8)
        #expect(copy.contains("```knobs words\nhet idee\ncomputer\n```\n"), "\(copy)")
        #expect(!copy.contains("n = 2"))
        try home.write(copy.replacingOccurrences(of: "n = ___", with: "n = 2"), to: "right.md")
        try home.write(copy, to: "blank.md")
        let graded = try await KnobsBinary.run(["grade", "--key", home.file("key.md"), home.file("right.md"), home.file("blank.md"), "--format", "json"],
                                               environment: environment)
        #expect(graded.exitCode == 1, "\(graded)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(graded.stdout.utf8)) as? [String: Any])
        let submissions = try #require(report["submissions"] as? [[String: Any]])
        #expect(submissions.map { $0["status"] as? String } == ["ok", "ok"], "\(graded.stdout)")
        #expect(submissions.map { $0["score"] as? Double } == [2, 0], "\(graded.stdout)")
        #expect(submissions.map { $0["max_score"] as? Double ?? $0["maxScore"] as? Double } == [2, 2], "\(graded.stdout)")
        #expect(submissions.allSatisfy { ($0["flags"] as? [String])?.isEmpty ?? true }, "\(graded.stdout)")
    }

    @Test("a word the decks lack stops knobs run before the first cell, at its line and column, exit 2")
    func badWord() async throws {
        let home = try TemporaryDirectory()
        try home.write(Self.key(words: "het idee\n  fiets"), to: "key.md")
        for command in [["run", home.file("key.md")], ["release", home.file("key.md"), "-o", home.file("out")]] {
            let result = try await KnobsBinary.run(command, environment: ["KNOBS_HOME": home.path, "LANG": "C.UTF-8"])
            #expect(result.exitCode == 2, "\(result)")
            #expect(result.stdout == "", "\(result)")
            #expect(result.stderr.contains("error: the bundled decks have no word 'fiets'"), "\(result)")
            #expect(result.stderr.contains("key.md:10:3"), "\(result)")
            #expect(result.stderr.contains("hint: "), "\(result)")
        }
    }

    @Test("a words cell in a lesson that does not name the quiz is an unknown kind whose hint names the plugin, exit 2")
    func pluginNotNamed() async throws {
        let home = try TemporaryDirectory()
        try home.write(Self.key(plugins: "[optimizers]"), to: "key.md")
        let result = try await KnobsBinary.run(["run", home.file("key.md")], environment: ["KNOBS_HOME": home.path, "LANG": "C.UTF-8"])
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains("error: unknown cell kind 'words'"), "\(result)")
        #expect(result.stderr.contains("key.md:8:10"), "\(result)")
        #expect(result.stderr.contains("hint: the plugin dutch-quiz adds it; name it in the front matter: plugins: [optimizers, dutch-quiz]"), "\(result)")
    }

    @Test("docs/LESSONS.md's words cell shows the table the page gives")
    func documented() async throws {
        let page = try String(contentsOf: Self.root.appendingPathComponent("docs/LESSONS.md"), encoding: .utf8)
        let section = try #require(page.range(of: "### Kinds plugins add"))
        let lessonStart = try #require(page[section.upperBound...].range(of: "````markdown\n"))
        let lessonEnd = try #require(page[lessonStart.upperBound...].range(of: "\n````\n"))
        let tableStart = try #require(page[lessonEnd.upperBound...].range(of: "```output\n"))
        let tableEnd = try #require(page[tableStart.upperBound...].range(of: "```\n"))
        let lessons = try TemporaryDirectory()
        try lessons.write(String(page[lessonStart.upperBound..<lessonEnd.lowerBound]) + "\n", to: "dutch-words.md")
        let home = try TemporaryDirectory()
        let result = try await REPLRun.piped(["repl", "dutch-words"], input: "", home: home, lessons: lessons.path)
        #expect(result.exitCode == 0 && result.stderr == "", "\(result)")
        #expect(result.stdout.contains(page[tableStart.upperBound..<tableEnd.lowerBound]), "\(result.stdout)")
    }

    @Test("knobs plugins dutch-quiz lists the words cell kind")
    func listed() async throws {
        let home = try TemporaryDirectory()
        let result = try await KnobsBinary.run(["plugins", "dutch-quiz"], environment: ["KNOBS_HOME": home.path, "COLUMNS": "80"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("\nLesson cell kinds:\n  ```knobs words "), "\(result)")
    }
}
