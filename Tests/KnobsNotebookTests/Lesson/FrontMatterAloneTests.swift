import Foundation
import KnobsNotebook
import Testing

/// A lesson's front matter read alone, as the REPL's catalogue reads it to know a lesson by its id.
@Suite("front matter read alone")
struct FrontMatterAloneTests {
    static let body = "\n# Title\n\ntext\n\n```knobs\n1 + 1\n```\n"

    @Test("the same front matter as parsing the whole lesson gives", arguments: [
        "---\nid: 02-line\ntitle: A line\nsummary: y = w*x + b.\n---\n",
        "\u{FEFF}---\nid: x\ntitle: X\nseed: 12\n...\n",
        "---\r\nid: crlf\r\ntitle: Windows\r\n---\r\n",
        "---\nid: spaced\ntitle: X\n---   \n",
    ])
    func sameAsTheLesson(_ frontMatter: String) throws {
        let text = frontMatter + Self.body
        let lesson = try Lesson(text: text, name: "x.md")
        #expect(LessonInfo(frontMatterOf: text, name: "x.md") == lesson.info)
        #expect(LessonInfo(frontMatterOf: Data(text.utf8), name: "x.md") == lesson.info)
    }

    @Test("nothing when the front matter has a problem, or does not close", arguments: [
        "---\nid: x\ntitle: yes\n---\n", "---\nid: x\n", "# No front matter\n", "---\ntitle: X\n---\n",
    ])
    func problem(_ frontMatter: String) {
        #expect(LessonInfo(frontMatterOf: frontMatter + Self.body, name: "x.md") == nil)
        #expect(LessonInfo(frontMatterOf: Data((frontMatter + Self.body).utf8), name: "x.md") == nil)
    }

    @Test("from the file's bytes, only the front matter must be UTF-8")
    func bytes() {
        let frontMatter = Data("---\nid: x\ntitle: X\n---\n".utf8)
        #expect(LessonInfo(frontMatterOf: frontMatter + [0xFF, 0x0A], name: "x.md")?.id == "x")
        #expect(LessonInfo(frontMatterOf: Data("---\nid: x\ntitle: \u{FF}".utf8) + [0xFF] + Data("\n---\n".utf8), name: "x.md") == nil)
    }
}
