import Foundation
import KnobsLang
import KnobsNotebook
import Testing

/// Helpers shared by the lesson and session tests.
enum LessonSupport {
    /// The package's root folder, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Front matter for a lesson body written in a test.
    static func lesson(_ body: String, id: String = "test", extra: String = "") throws -> Lesson {
        try Lesson(text: "---\nid: \(id)\ntitle: Test\n\(extra)---\n\(body)", name: "test.md")
    }

    /// Every problem of a malformed lesson as `file:line:col: message`; fails the test when it parses.
    static func problems(_ text: String, knownPlugins: KnownPlugins = [], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
        do {
            _ = try Lesson(text: text, name: "test.md", knownPlugins: knownPlugins)
            Issue.record("the lesson parsed without problems", sourceLocation: sourceLocation)
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics.map { "\($0.position): \($0.message)" }
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
            return []
        }
    }

    /// Problems of a lesson body under good front matter.
    static func bodyProblems(_ body: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
        problems("---\nid: test\ntitle: Test\n---\n\(body)", sourceLocation: sourceLocation)
    }
}
