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

    @Test("an entry is known by its front matter's id and by its file's name; a file without front matter by its name alone")
    func idsAndFileNames() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("knobs-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "---\nid: 01-first\ntitle: First\n---\nText.\n".write(to: folder.appendingPathComponent("a.b.md"), atomically: true, encoding: .utf8)
        try "# No front matter\n".write(to: folder.appendingPathComponent("02-plain.md"), atomically: true, encoding: .utf8)
        // The front matter is UTF-8, the body is not: the id is still the front matter's; opening it says what is wrong.
        var broken = Data("---\nid: 03-broken\ntitle: Broken\n---\n".utf8)
        broken.append(contentsOf: [0xFF, 0xFE, 0x0A])
        try broken.write(to: folder.appendingPathComponent("03-x.md"))
        let catalog = LessonCatalog(folder: folder.path)
        #expect(catalog.entries.map(\.fileName) == ["02-plain", "03-x", "a.b"])
        #expect(catalog.entries.map(\.id) == ["02-plain", "03-broken", "01-first"])
        let found = ["a.b": "01-first", "01-first": "01-first", "01": "01-first", "first": "01-first", "02-plain": "02-plain",
                     "03-x": "03-broken", "03": "03-broken"]
        for (name, id) in found {
            guard case .success(let entry) = catalog.find(name) else {
                Issue.record("'\(name)' finds no lesson")
                continue
            }
            #expect(entry.id == id, "'\(name)'")
        }
        #expect(catalog.entries[1].lesson == nil)
        #expect(catalog.entries[1].problems.map(\.message).contains { $0.contains("not UTF-8") })
    }
}
