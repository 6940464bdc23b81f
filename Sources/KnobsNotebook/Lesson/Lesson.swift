import Foundation
import KnobsLang

/// A parsed lesson: front matter and steps, with every solution, check and hint attached to its task.
///
/// Made from Markdown with ``init(text:name:knownPlugins:)``, which reports
/// every problem of a malformed lesson at once. See `docs/LESSONS.md`.
public struct Lesson: Sendable {
    /// The front matter.
    public let info: LessonInfo
    /// Prose, code, exercises and questions, in the order of the file.
    public let steps: [Step]
    /// The whole file, as diagnostics name and number it.
    public let source: SourceFile

    /// The lesson's id, from its front matter.
    public var id: String { info.id }

    /// The exercises, in order.
    public var exercises: [Exercise] {
        steps.compactMap { if case .exercise(let exercise) = $0 { return exercise } else { return nil } }
    }

    /// The questions, in order.
    public var questions: [Question] {
        steps.compactMap { if case .question(let question) = $0 { return question } else { return nil } }
    }

    /// What the exercises and questions are worth together.
    public var totalPoints: Double {
        exercises.reduce(0) { $0 + $1.points } + questions.reduce(0) { $0 + $1.points }
    }

    /// The position of the exercise or question with this id.
    public func stepIndex(ofTask id: String) -> Int? {
        steps.firstIndex { $0.taskID == id }
    }

    /// Parses a lesson.
    ///
    /// - Parameters:
    ///   - text: The Markdown with front matter.
    ///   - name: The name diagnostics give the file, usually its path.
    ///   - knownPlugins: The plugins that exist, and the cell kinds they add; a lesson that names
    ///     another plugin, or uses a kind of a plugin it does not name, is malformed.
    /// - Throws: ``DiagnosticList`` with every problem found, each at its `file:line:col`.
    public init(text: String, name: String, knownPlugins: KnownPlugins = []) throws {
        var parser = LessonParser(text: text, name: name, knownPlugins: knownPlugins)
        self = try parser.parse()
    }

    init(info: LessonInfo, steps: [Step], source: SourceFile) {
        self.info = info
        self.steps = steps
        self.source = source
    }

    /// Reads and parses a lesson file; diagnostics name it by `path` as given.
    ///
    /// - Throws: ``DiagnosticList`` for a malformed lesson, or a diagnostic
    ///   when the file cannot be read or is not UTF-8 text.
    public init(contentsOfFile path: String, knownPlugins: KnownPlugins = []) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticList([Diagnostic(.syntax, "cannot read the lesson '\(path)'", source: SourceFile(name: path, text: ""))])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticList([Diagnostic(.syntax, "the lesson '\(path)' is not UTF-8 text", source: SourceFile(name: path, text: ""), hint: "save the file as UTF-8")])
        }
        try self.init(text: text, name: path, knownPlugins: knownPlugins)
    }
}
