import ArgumentParser
import Foundation
import KnobsREPL
import KnobsStore
import KnobsTerminal

/// `knobs lessons`: the lessons, with the learner's progress in each.
struct LessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons",
        abstract: "List the lessons with your progress: done, exercises solved, last opened."
    )

    @OptionGroup(title: "Lessons")
    var lessonsOption: LessonsOption

    func run() throws {
        let folder = LessonsFolder.resolve(option: lessonsOption.lessons)
        let catalog = LessonCatalog(folder: folder, knownPlugins: BuiltinPlugins.catalog().names)
        guard !catalog.entries.isEmpty else {
            Console.standardError.write("no lessons in \(folder)\n")
            throw ExitCode(2)
        }
        let store = try ProgressStore.openDefault()
        let summaries = try store.lessonsSummary(LessonsListing.outlines(catalog))
        // On a terminal, a lesson whose line would not fit has its progress on a line of its own.
        let width = isatty(STDOUT_FILENO) == 1 ? Terminal.current().width : .max
        Console.standardOutput.write(LessonsListing.table(catalog, summaries: summaries, width: width))
    }
}

/// `knobs progress --reset [LESSON]`: forget progress.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Forget your progress in one lesson, or in all of them (--reset)."
    )

    @Flag(help: "Forget the progress: of LESSON when given, else of every lesson.")
    var reset = false

    @Argument(help: ArgumentHelp("The lesson's id.", valueName: "lesson"))
    var lesson: String?

    func validate() throws {
        if !reset { throw ValidationError("say what to do: knobs progress --reset [LESSON]") }
    }

    func run() throws {
        let store = try ProgressStore.openDefault()
        if let lesson {
            let forgotten = try store.reset(lesson: lesson)
            Console.standardOutput.write(forgotten ? "Forgot your progress in \(lesson).\n" : "There was no progress in \(lesson) to forget.\n")
        } else {
            let count = try store.resetAll()
            Console.standardOutput.write("Forgot your progress in \(count == 1 ? "1 lesson" : "\(count) lessons").\n")
        }
    }
}

extension ProgressStore {
    /// The learner's store in the data directory ($KNOBS_HOME, $XDG_DATA_HOME/knobs, ~/.local/share/knobs).
    static func openDefault() throws -> ProgressStore {
        let data = try DataDirectory.resolve()
        try data.create()
        return try ProgressStore.open(at: data.databaseURL, learner: DefaultLearner.name())
    }
}
