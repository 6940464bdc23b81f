import Foundation
import KnobsStore

/// The first thing `knobs` says, and what to take next: at the start and at the end of a lesson.
extension REPL {
    /// A lesson to take next, as the greeting and the end of a lesson name it.
    enum NextLesson {
        /// Back to the unfinished lesson opened last: `:open` name, id, step (1-based) and step count.
        case resume(String, id: String, step: Int, of: Int)
        /// The first lesson not finished: `:open` name, id and title.
        case start(String, id: String, title: String)
        /// Every lesson is done.
        case allDone
    }

    func greet() {
        output(renderer.render("# knobs\nLearn what the parameters of a neural network are, from `2a + b` to a trained network."))
        guard !catalog.entries.isEmpty else {
            say("No lessons found in \(options.lessonsFolder). Type knobs code, or :help.")
            return
        }
        let advice: String
        switch nextLesson() {
        case .resume(let name, let id, let step, let count)?: advice = "Welcome back: :open \(name) picks up \(id) at step \(step) of \(count)."
        case .start(let name, let id, let title)?: advice = ":open \(name) starts \(id) (\(title))."
        case .allDone?: advice = "You have finished every lesson; :open one to go over it again."
        case nil: advice = ""
        }
        say("\(advice) :lessons lists them all. Any knobs code runs here too; :help for more.")
    }

    /// What to say after the last step of a finished lesson: the lesson to take next.
    func nextAfterFinishing() -> String {
        switch nextLesson() {
        case .resume(let name, let id, let step, let count)?: return "Next: :open \(name) picks up \(id) at step \(step) of \(count)."
        case .start(let name, let id, let title)?: return "Next: :open \(name) starts \(id) (\(title))."
        case .allDone?: return "That was the last one: you have finished every lesson."
        case nil: return ":lessons shows what is next."
        }
    }

    /// The unfinished lesson opened last, else the first not finished; nil when there are no lessons.
    ///
    /// Only lessons that parse count, but they are parsed only as far as the
    /// answer needs, usually one: the greeting comes at every start, and
    /// parsing every lesson for it cost more than the rest of the start.
    func nextLesson() -> NextLesson? {
        let entries = catalog.entries
        let outlines = entries.map { LessonOutline(lessonID: $0.id, exerciseIDs: []) }
        let progress = Dictionary(((try? store?.lessonsSummary(outlines)) ?? []).map { ($0.lessonID, $0) }, uniquingKeysWith: { first, _ in first })
        // Unfinished lessons opened, the latest first; among equal times, the first in the catalogue.
        let opened = entries.indices.compactMap { index -> (index: Int, date: Date)? in
            guard let summary = progress[entries[index].id], !summary.isDone, let date = summary.lastOpened else { return nil }
            return (index, date)
        }.sorted { $0.date != $1.date ? $0.date > $1.date : $0.index < $1.index }
        for (index, _) in opened {
            if let lesson = entries[index].lesson, let summary = progress[lesson.id] {
                return .resume(catalog.shortName(of: lesson.id), id: lesson.id, step: summary.step + 1, of: lesson.steps.count)
            }
        }
        for entry in entries where progress[entry.id]?.isDone != true {
            if let lesson = entry.lesson { return .start(catalog.shortName(of: lesson.id), id: lesson.id, title: lesson.info.title) }
        }
        // Every lesson that parses is done; or none parses.
        return entries.contains { $0.lesson != nil } ? .allDone : nil
    }
}

extension LessonCatalog {
    /// The shortest way to name a lesson to `:open`: the part of its id before the first `-` (`01`) when
    /// that picks it alone, else the whole id.
    func shortName(of id: String) -> String {
        guard let head = id.split(separator: "-").first.map(String.init), head != id,
            case .success(let entry) = find(head), entry.id == id
        else { return id }
        return head
    }
}
