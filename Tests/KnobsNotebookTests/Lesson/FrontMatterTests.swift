import KnobsLang
import KnobsNotebook
import Testing

/// The front matter: required keys, types, unknown keys and plugins, YAML errors at their place.
@Suite("front matter")
struct FrontMatterTests {
    static let body = "\ntext\n"

    @Test("a byte order mark before the front matter is fine")
    func byteOrderMark() throws {
        #expect(try Lesson(text: "\u{FEFF}---\nid: x\ntitle: X\n---\n" + FrontMatterTests.body, name: "x.md").id == "x")
    }

    @Test("a problem with a value is underlined under the whole value, quotes included")
    func valueSpan() {
        do {
            _ = try Lesson(text: "---\nid: x\ntitle: X\nplugins: [\"über plot\", b]\n---\n" + FrontMatterTests.body, name: "x.md")
        } catch let list as DiagnosticList {
            #expect(list.diagnostics.map { $0.source?.slice($0.range!) } == ["\"über plot\"", "b"])
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test("a lesson without front matter, and one never closed")
    func missing() {
        #expect(LessonSupport.problems("# Title\n") == ["test.md:1:1: a lesson starts with front matter"])
        #expect(LessonSupport.problems("---\nid: x\ntitle: X\n") == ["test.md:1:1: the front matter is never closed"])
    }

    @Test("id and title are required; the keys have types")
    func keysAndTypes() {
        #expect(LessonSupport.problems("---\nsummary: s\n---\n" + FrontMatterTests.body) == [
            "test.md:1:1: the front matter has no id", "test.md:1:1: the front matter has no title",
        ])
        #expect(LessonSupport.problems("---\nid: [a]\ntitle: 2024\nsummary: {a: 1}\nplugins: one\nseed: -1\n---\n" + FrontMatterTests.body) == [
            "test.md:2:5: id must be text",
            "test.md:3:8: title must be text",
            "test.md:4:10: summary must be text",
            "test.md:5:10: plugins must be a list",
            "test.md:6:7: seed must be a whole number of at least 0",
        ])
        #expect(LessonSupport.problems("---\nid: has space\ntitle: \"  \"\n---\n" + FrontMatterTests.body) == [
            "test.md:2:5: 'has space' cannot be a lesson id", "test.md:3:8: the title is empty",
        ])
    }

    @Test("an unknown key gets a suggestion")
    func unknownKey() throws {
        do {
            _ = try Lesson(text: "---\nid: x\ntitel: X\ntitle: X\n---\n" + FrontMatterTests.body, name: "test.md")
            Issue.record("parsed")
        } catch let list as KnobsLang.DiagnosticList {
            #expect(list.diagnostics.map { "\($0.position): \($0.message)" } == ["test.md:3:1: unknown front matter key 'titel'"])
            #expect(list.diagnostics.first?.hint == "did you mean 'title'?")
        }
    }

    @Test("plugins must be installed; the caller says which are")
    func plugins() throws {
        let text = "---\nid: x\ntitle: X\nplugins: [optimizers, dutch-quiz]\n---\n" + FrontMatterTests.body
        #expect(LessonSupport.problems(text) == [
            "test.md:4:11: there is no plugin 'optimizers'", "test.md:4:23: there is no plugin 'dutch-quiz'",
        ])
        #expect(LessonSupport.problems(text, knownPlugins: ["optimizer", "dutch-quiz"]) == ["test.md:4:11: there is no plugin 'optimizers'"])
        let lesson = try Lesson(text: text, name: "test.md", knownPlugins: ["optimizers", "dutch-quiz"])
        #expect(lesson.info.plugins == ["optimizers", "dutch-quiz"])
    }

    @Test("YAML syntax errors and repeated keys point into the lesson")
    func yamlErrors() {
        let broken = LessonSupport.problems("---\nid: x\ntitle: [unclosed\n---\n" + FrontMatterTests.body)
        #expect(broken.count == 1 && broken[0].hasPrefix("test.md:4:") && broken[0].contains("not valid YAML"))
        let twice = LessonSupport.problems("---\nid: x\ntitle: X\nid: y\n---\n" + FrontMatterTests.body)
        #expect(twice.count == 1 && twice[0].contains("gives 'id' more than once"))
    }

    @Test("body problems are reported along with front matter problems")
    func together() {
        #expect(LessonSupport.problems("---\ntitle: X\n---\n```knobs\nx = 2x\n```\n") == [
            "test.md:1:1: the front matter has no id",
            "test.md:5:5: a number cannot be followed by 'x' (write 2*a, not 2a)",
        ])
    }
}
