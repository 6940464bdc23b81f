import Foundation
import KnobsLang
import KnobsStore

/// How `:lessons`, `knobs lessons` and `:where` describe the lessons and a learner's progress in each.
public enum LessonsListing {
    /// One line per lesson: id, title and progress in columns; files with problems say so.
    ///
    /// A line wider than `width` has its progress on a line of its own, under the title.
    public static func table(_ catalog: LessonCatalog, summaries: [LessonSummary]?, width: Int = .max) -> String {
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
            let line = "  \(id)  " + lesson.info.title.padding(toLength: titleWidth, withPad: " ", startingAt: 0) + "  " + progress(summary)
            guard DisplayWidth.of(line) > width else { return line + "\n" }
            return "  \(id)  \(lesson.info.title)\n" + String(repeating: " ", count: idWidth + 4) + progress(summary) + "\n"
        }.joined()
    }

    /// What the store needs to summarise the catalogue's lessons: each one's exercises and questions.
    public static func outlines(_ catalog: LessonCatalog) -> [LessonOutline] {
        catalog.entries.compactMap(\.lesson).map { lesson in
            LessonOutline(lessonID: lesson.id, exerciseIDs: lesson.exercises.map(\.id), questionIDs: lesson.questions.map(\.id))
        }
    }

    /// `done, 2/2 exercises, 2/2 questions, opened 2026-11-30`, or `not started`.
    public static func progress(_ summary: LessonSummary) -> String {
        guard let opened = summary.lastOpened else { return "not started" }
        var parts: [String] = []
        if summary.isDone { parts.append("done") }
        let tasks = tasks(solved: summary.solved, of: summary.total, answered: summary.answered, of: summary.questions)
        if !tasks.isEmpty { parts.append(tasks) }
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        parts.append("opened \(formatter.string(from: opened))")
        return parts.joined(separator: ", ")
    }

    /// Exercises solved and questions answered, each of how many the lesson has: `1/2 exercises, 0/1 question`;
    /// a kind the lesson does not have is left out.
    public static func tasks(solved: Int, of exercises: Int, answered: Int, of questions: Int) -> String {
        var parts: [String] = []
        if exercises > 0 { parts.append("\(solved)/\(exercises) exercise\(exercises == 1 ? "" : "s")") }
        if questions > 0 { parts.append("\(answered)/\(questions) question\(questions == 1 ? "" : "s")") }
        return parts.joined(separator: ", ")
    }
}
