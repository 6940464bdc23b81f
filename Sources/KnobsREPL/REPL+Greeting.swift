import Foundation
import KnobsStore

/// The first thing `knobs` says, with the lesson to take next.
extension REPL {
    func greet() {
        output(renderer.render("# knobs\nLearn what the parameters of a neural network are, from `2a + b` to a trained network."))
        if catalog.entries.isEmpty {
            say("No lessons found in \(options.lessonsFolder). Type knobs code, or :help.")
        } else {
            say("\(nextLesson()) :lessons lists them all. Any knobs code runs here too; :help for more.")
        }
    }

    /// The lesson to take next: the unfinished one opened last, else the first not finished.
    func nextLesson() -> String {
        let lessons = catalog.entries.compactMap(\.lesson)
        let summaries = (try? store?.lessonsSummary(LessonsListing.outlines(catalog))) ?? []
        let unfinished = summaries.filter { !$0.isDone }
        if let last = unfinished.filter({ $0.lastOpened != nil }).max(by: { $0.lastOpened! < $1.lastOpened! }),
            let lesson = lessons.first(where: { $0.id == last.lessonID })
        {
            return "Welcome back: :open \(catalog.shortName(of: lesson.id)) picks up \(lesson.id) at step \(last.step + 1) of \(lesson.steps.count)."
        }
        if !summaries.isEmpty, unfinished.isEmpty {
            return "You have finished every lesson; :open one to go over it again."
        }
        guard let first = unfinished.first?.lessonID ?? lessons.first?.id else { return "" }
        let title = lessons.first { $0.id == first }?.info.title ?? first
        return ":open \(catalog.shortName(of: first)) starts \(first) (\(title))."
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
