import Foundation
import KnobsStore
import Testing
@testable import KnobsREPL

/// `:lessons`, `knobs lessons` and `:where`: exercises and questions counted apart, and a table that fits the terminal.
@Suite("The lessons listing")
struct LessonsListingTests {
    static let opened = Date(timeIntervalSince1970: 1_800_000_000)

    func catalog() throws -> (LessonCatalog, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("knobs-listing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lesson = """
            ---
            id: 01-first
            title: A first lesson with a long title
            ---
            Text.

            ```knobs exercise id=e
            x = ___
            ```

            ```knobs check id=e
            expect(x == 1)
            ```

            ```knobs question id=q
            One?

            answer: 1
            ```
            """
        try lesson.write(to: folder.appendingPathComponent("01-first.md"), atomically: true, encoding: .utf8)
        return (LessonCatalog(folder: folder.path), folder)
    }

    @Test("an outline names exercises and questions apart; progress counts each, in the words :where uses")
    func counts() throws {
        let (catalog, folder) = try catalog()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(LessonsListing.outlines(catalog) == [LessonOutline(lessonID: "01-first", exerciseIDs: ["e"], questionIDs: ["q"])])
        let summary = LessonSummary(lessonID: "01-first", isDone: false, solved: 1, total: 1, answered: 0, questions: 1, lastOpened: Self.opened)
        #expect(LessonsListing.progress(summary).hasPrefix("1/1 exercise, 0/1 question, opened "))
        #expect(LessonsListing.tasks(solved: 2, of: 3, answered: 1, of: 2) == "2/3 exercises, 1/2 questions")
        #expect(LessonsListing.tasks(solved: 0, of: 0, answered: 1, of: 2) == "1/2 questions")
    }

    @Test("a line too wide for the terminal has its progress on a line of its own, under the title")
    func fitsWidth() throws {
        let (catalog, folder) = try catalog()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = LessonSummary(lessonID: "01-first", isDone: true, solved: 1, total: 1, answered: 1, questions: 1, lastOpened: Self.opened)
        let wide = LessonsListing.table(catalog, summaries: [summary])
        #expect(wide.split(separator: "\n").count == 1 && wide.contains("long title  done, 1/1 exercise"), "\(wide)")
        let narrow = LessonsListing.table(catalog, summaries: [summary], width: 70)
        let lines = narrow.split(separator: "\n")
        #expect(lines.count == 2 && lines.allSatisfy { $0.count <= 70 }, "\(narrow)")
        #expect(lines.first == "  01-first  A first lesson with a long title")
        #expect(lines.last?.hasPrefix("            done, 1/1 exercise, 1/1 question, opened ") == true, "\(narrow)")
    }
}
