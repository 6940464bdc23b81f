import Foundation
import Testing
@testable import KnobsREPL

/// Which files of a lessons folder are lessons.
@Suite("The lesson catalogue")
struct LessonCatalogTests {
    @Test("the folder's README (the syllabus), hidden files and other files are not lessons")
    func onlyLessons() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("knobs-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesson = "---\nid: 01-first\ntitle: First\n---\nText.\n"
        for name in ["01-first.md", ".01-first.md.swp.md"] {
            try lesson.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try "# The course\n\n| lesson | time |\n|---|---|\n".write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        try "notes".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let catalog = LessonCatalog(folder: folder.path)
        #expect(catalog.entries.map(\.id) == ["01-first"])
        #expect(catalog.entries.allSatisfy { $0.problems.isEmpty })
        guard case .failure = catalog.find("README") else {
            Issue.record("README found as a lesson")
            return
        }
        #expect(LessonCatalog.isLessonFile("02-line.md") && !LessonCatalog.isLessonFile("readme.md"))
    }
}
