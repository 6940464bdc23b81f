import Foundation
import KnobsLang
import KnobsNotebook
import KnobsTestSupport
import Testing

/// Cells of kinds plugins add (```` ```knobs words ````): parsed only for a plugin the lesson
/// names, shown by the host's drawer, run by `knobs run` and graded without effect on scores,
/// kept in the learner's copy.
@Suite("cells of kinds plugins add")
struct PluginCellTests {
    /// A plugin `quiz` that adds the kind `words`, and a plugin `other` that adds none.
    static let known = KnownPlugins(names: ["quiz", "other"], cellKinds: ["words": ["quiz"]])

    /// Draws a words cell as its lines in capitals; a line `bad` is bad content.
    static let shouting: PluginCellDrawer = { cell in
        let lines = cell.text.split(separator: "\n", omittingEmptySubsequences: false)
        if let bad = lines.firstIndex(of: "bad") {
            let start = offset(ofLine: bad + 1, in: cell.source)
            return .failure(Diagnostic(.syntax, "no such word", source: cell.source, range: SourceRange(start, start + 3)))
        }
        return .success(cell.text.uppercased() + "\n")
    }

    static func text(plugins: String = "[quiz]", words: String = "de kat\nhet huis", header: String = "words") -> String {
        CellKindLesson.text(plugins: plugins, header: header, body: words, prose: "Read these.")
    }

    @Test("a kind of a plugin the lesson names is a step of its own, with its text and the lesson's lines")
    func parsed() throws {
        let lesson = try Lesson(text: Self.text(), name: "test.md", knownPlugins: Self.known)
        #expect(lesson.steps.count == 3)
        guard case .pluginCell(let cell) = lesson.steps[1] else {
            Issue.record("step 2 is \(lesson.steps[1]), not the words cell")
            return
        }
        #expect(cell.kind == "words" && cell.plugin == "quiz")
        #expect(cell.text == "de kat\nhet huis")
        #expect(cell.lines == 8...11)
        #expect(cell.source.location(of: Self.offset(ofLine: 2, in: cell.source)).line == 10)
        #expect(lesson.totalPoints == 2)
    }

    @Test("a kind no plugin adds is unknown, as before, with the plugins' kinds among the guesses")
    func unknownKind() throws {
        let text = Self.text(header: "wrods")
        #expect(LessonSupport.problems(text, knownPlugins: Self.known) == ["test.md:8:10: unknown cell kind 'wrods'"])
        let hint = try Self.hints(text).first
        #expect(hint == "did you mean 'words'?")
        #expect(LessonSupport.problems(Self.text(header: "zzz"), knownPlugins: Self.known) == ["test.md:8:10: unknown cell kind 'zzz'"])
        #expect(try Self.hints(Self.text(header: "zzz")).first == "a knobs cell is plain code, or one of: exercise, solution, check, hint, question, words")
    }

    @Test("a kind of a plugin the lesson does not name is unknown, with a hint naming the plugin that adds it")
    func pluginNotNamed() throws {
        let text = Self.text(plugins: "[other]")
        #expect(LessonSupport.problems(text, knownPlugins: Self.known) == ["test.md:8:10: unknown cell kind 'words'"])
        #expect(try Self.hints(text) == ["the plugin quiz adds it; name it in the front matter: plugins: [other, quiz]"])
        // Without the catalogue's kinds (a parser told of no plugin's kinds), the word means nothing either.
        #expect(LessonSupport.problems(Self.text(), knownPlugins: ["quiz"]) == ["test.md:8:10: unknown cell kind 'words'"])
    }

    @Test("a plugin's cell takes no attributes")
    func noAttributes() {
        #expect(LessonSupport.problems(Self.text(header: "words id=w points=1"), knownPlugins: Self.known)
            == ["test.md:8:16: a words cell takes no attributes", "test.md:8:21: a words cell takes no attributes"])
    }

    @Test("a run shows the drawn cell in its transcript; it scores nothing and changes no score")
    func runAndTranscript() throws {
        let lesson = try Lesson(text: Self.text(), name: "test.md", knownPlugins: Self.known)
        let run = Runner(lesson: lesson, drawCell: Self.shouting).run(.solutions)
        let cell = try #require(run.cells.first)
        #expect(cell.kind == .plugin && cell.pluginKind == "words" && cell.status == .ok && cell.line == 8)
        #expect(cell.output == "DE KAT\nHET HUIS\n")
        #expect((run.score, run.maxScore, run.passedCount, run.failedCount) == (2, 2, 1, 0))
        let transcript = Transcript().render(run, name: "test.md")
        #expect(transcript.contains("\n[line 8] words\n  DE KAT\n  HET HUIS\n\n[line 17] exercise n\n"), "\(transcript)")

        let bad = try Lesson(text: Self.text(words: "de kat\nbad"), name: "test.md", knownPlugins: Self.known)
        let failed = Runner(lesson: bad, drawCell: Self.shouting).run(.solutions)
        #expect(failed.cells.first?.status == .error)
        #expect(failed.cells.first?.diagnostics.first?.position == "test.md:10:1")
        #expect((failed.score, failed.maxScore) == (2, 2))
    }

    @Test("the learner's copy keeps the cell as written, and grading it scores only the exercise")
    func releasedAndGraded() throws {
        let key = try Lesson(text: Self.text(), name: "key.md", knownPlugins: Self.known)
        let copy = LearnerCopy.text(of: key)
        #expect(copy.contains("```knobs words\nde kat\nhet huis\n```\n"), "\(copy)")
        #expect(try Lesson(text: copy, name: "copy.md", knownPlugins: Self.known).steps.count == 3)
        let grader = Grader(key: key, keySHA256: "", drawCell: Self.shouting)
        let right = grader.grade(Data(copy.replacingOccurrences(of: "n = ___", with: "n = 2").utf8), name: "right.md")
        #expect((right.status, right.score, right.maxScore, right.flags) == (.ok, 2, 2, []))
        #expect(right.run?.cells.first?.output == "DE KAT\nHET HUIS\n")
        let wrong = grader.grade(Data(copy.replacingOccurrences(of: "n = ___", with: "n = 3").utf8), name: "wrong.md")
        #expect((wrong.score, wrong.maxScore) == (0, 2))
        // An edited words cell in a submission changes nothing: the key's is drawn.
        let edited = grader.grade(Data(copy.replacingOccurrences(of: "de kat", with: "bad").replacingOccurrences(of: "n = ___", with: "n = 2").utf8), name: "edited.md")
        #expect((edited.status, edited.score) == (.ok, 2))
        #expect(edited.run?.cells.first?.output == "DE KAT\nHET HUIS\n")
    }

    @Test("a session takes the cell like prose: Enter moves past it, and a move runs nothing for it")
    func session() throws {
        let lesson = try Lesson(text: Self.text(), name: "test.md", knownPlugins: Self.known)
        let session = Session(lesson: lesson)
        #expect(session.position == 0)
        guard case .moved(let move) = session.advance() else {
            Issue.record("Enter on prose did not move")
            return
        }
        #expect(move.position == 1 && move.ran.isEmpty)
        guard case .pluginCell = session.current else {
            Issue.record("the second step is not the words cell")
            return
        }
        #expect(throws: SessionError.notACodeCell) { try session.again() }
        #expect(throws: SessionError.notATask) { try session.hint() }
        let next = session.next()
        #expect(next.position == 2 && next.stop == nil && next.ran.isEmpty)
    }

    /// The hints of a malformed lesson's problems, in order.
    static func hints(_ text: String) throws -> [String?] {
        do {
            _ = try Lesson(text: text, name: "test.md", knownPlugins: known)
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics.map(\.hint)
        }
    }

    /// The byte offset at which 1-based `line` of `source`'s text starts.
    static func offset(ofLine line: Int, in source: SourceFile) -> Int {
        source.text.split(separator: "\n", omittingEmptySubsequences: false).prefix(line - 1).reduce(0) { $0 + $1.utf8.count + 1 }
    }
}
