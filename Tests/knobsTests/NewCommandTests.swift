import Foundation
import KnobsNotebook
import Testing

/// `knobs new lesson NAME`: a starter lesson that parses and passes its own checks, never over another file.
@Suite("knobs new lesson")
struct NewCommandTests {
    /// A fresh directory for the lesson, removed afterwards.
    func folder() throws -> TemporaryFile {
        try TemporaryFile(named: "README", text: "")
    }

    @Test("writes NAME.md: a lesson named after the file that passes with its solutions")
    func writes() async throws {
        let dir = try folder()
        let path = dir.directory.appendingPathComponent("04-gradient-descent").path
        let result = try await KnobsBinary.run(["new", "lesson", path])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "wrote \(path).md\n" && result.stderr == "")
        let lesson = try Lesson(contentsOfFile: path + ".md")
        #expect(lesson.id == "04-gradient-descent" && lesson.info.title == "Gradient descent")
        let session = Session(lesson: lesson)
        for step in lesson.steps.indices {
            try session.goto(step)
            switch session.current {
            case .code: #expect(try session.again().succeeded)
            case .exercise(let exercise): #expect(try session.submit(try #require(exercise.solution).text).passed)
            case .question: #expect(try session.answer("a").verdict == .correct)
            case .prose, .pluginCell: break
            }
        }
        #expect(session.isFinished)
    }

    @Test("--title sets the title; a name ending in .md is the file")
    func title() async throws {
        let dir = try folder()
        let path = dir.directory.appendingPathComponent("intro.md").path
        let result = try await KnobsBinary.run(["new", "lesson", path, "--title", "Why \"knobs\"?"])
        #expect(result.exitCode == 0, "\(result)")
        let lesson = try Lesson(contentsOfFile: path)
        #expect(lesson.id == "intro" && lesson.info.title == "Why \"knobs\"?")
    }

    @Test("an existing file is left alone, exit 2")
    func noOverwrite() async throws {
        let dir = try folder()
        let result = try await KnobsBinary.run(["new", "lesson", dir.directory.appendingPathComponent("README").path + ".md"])
        #expect(result.exitCode == 0)
        let again = try await KnobsBinary.run(["new", "lesson", dir.directory.appendingPathComponent("README.md").path])
        #expect(again.exitCode == 2, "\(again)")
        #expect(again.stderr.hasPrefix("error: '") && again.stderr.contains("README.md' already exists; knobs does not write over it\n"))
    }

    @Test("a name that cannot be an id is a usage error, exit 2")
    func badName() async throws {
        let result = try await KnobsBinary.run(["new", "lesson", "two words"])
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains("'two words' cannot be a lesson id"))
    }

    @Test("new lesson --help matches its snapshot")
    func help() async throws {
        let result = try await KnobsBinary.run(["new", "lesson", "--help"])
        #expect(result.exitCode == 0, "\(result)")
        try Snapshot.expect(result.stdout, matches: "new-lesson-help.txt")
    }
}
