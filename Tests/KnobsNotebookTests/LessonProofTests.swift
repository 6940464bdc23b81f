import Foundation
import KnobsNotebook
import Testing

/// Every lesson in `lessons/`, and the starter lesson of `knobs new lesson`, runs and passes with its solutions.
@Suite("lessons prove themselves")
struct LessonProofTests {
    /// The lessons that need no plugin (they get the plots, as `knobs run` gives them). A lesson
    /// that names plugins is proved with them by `knobs run --solutions` in the executable's tests
    /// (knobsTests, GradingCommandTests), since this module's tests have no plugins.
    static let lessonFiles: [String] = {
        let folder = LessonSupport.root.appendingPathComponent("lessons")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted().map { folder.appendingPathComponent($0).path }
            .filter { !namesPlugins($0) }
    }()

    /// Whether the lesson's front matter has a `plugins:` line.
    static func namesPlugins(_ path: String) -> Bool {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let frontMatter = text.components(separatedBy: "\n---").first ?? ""
        return frontMatter.split(separator: "\n").contains { $0.hasPrefix("plugins:") }
    }

    @Test("there are lessons to prove")
    func lessonsExist() {
        #expect(LessonProofTests.lessonFiles.count >= 3)
    }

    @Test("a lesson in lessons/ parses and passes with its solutions", arguments: LessonProofTests.lessonFiles)
    func proveLesson(_ path: String) throws {
        let lesson = try Lesson(contentsOfFile: path)
        #expect(lesson.id == URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent, "the id is the file name")
        #expect(!lesson.exercises.isEmpty && !lesson.questions.isEmpty)
        for exercise in lesson.exercises {
            #expect(!exercise.hints.isEmpty, "'\(exercise.id)' has no hint")
        }
        try LessonProof.prove(lesson)
    }

    @Test("the starter lesson passes its own checks")
    func starterLesson() throws {
        let text = LessonTemplate.text(id: "04-gradient-descent")
        let lesson = try Lesson(text: text, name: "04-gradient-descent.md")
        #expect(lesson.info.title == "Gradient descent")
        #expect(lesson.exercises.count == 1 && lesson.questions.count == 1)
        try LessonProof.prove(lesson)
    }

    @Test("a title with quotes survives the front matter")
    func starterTitle() throws {
        let lesson = try Lesson(text: LessonTemplate.text(id: "x", title: #"Say "knobs" \ twice"#), name: "x.md")
        #expect(lesson.info.title == #"Say "knobs" \ twice"#)
    }
}
