import Foundation
import KnobsStore

/// How `:lessons` and `knobs lessons` describe the lessons and a learner's progress in each.
public enum LessonsListing {
    /// One line per lesson: id, title and progress in columns; files with problems say so.
    public static func table(_ catalog: LessonCatalog, summaries: [LessonSummary]?) -> String {
        let idWidth = catalog.entries.map(\.id.count).max() ?? 0
        let titleWidth = catalog.entries.compactMap { $0.lesson?.info.title.count }.max() ?? 0
        return catalog.entries.map { entry -> String in
            let id = entry.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
            guard let lesson = entry.lesson else {
                let count = entry.problems.count
                return "  \(id)  (this lesson file has \(count == 1 ? "a problem" : "\(count) problems"))\n"
            }
            guard let summary = summaries?.first(where: { $0.lessonID == lesson.id }) else {
                return "  \(id)  \(lesson.info.title)\n"
            }
            return "  \(id)  " + lesson.info.title.padding(toLength: titleWidth, withPad: " ", startingAt: 0) + "  " + progress(summary) + "\n"
        }.joined()
    }

    /// `done`, `2/3 solved, opened 2026-11-30`, or `not started`.
    public static func progress(_ summary: LessonSummary) -> String {
        var parts: [String] = []
        if summary.isDone { parts.append("done") }
        if summary.total > 0 { parts.append("\(summary.solved)/\(summary.total) solved") }
        if let opened = summary.lastOpened {
            let formatter = DateFormatter()
            formatter.dateFormat = "yyyy-MM-dd"
            parts.append("opened \(formatter.string(from: opened))")
        } else {
            parts = ["not started"]
        }
        return parts.joined(separator: ", ")
    }
}
