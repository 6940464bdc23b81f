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
        let catalog = LessonCatalog(folder: folder, knownPlugins: BuiltinPlugins.catalog().lessonPlugins)
        guard !catalog.entries.isEmpty else {
            throw InputFile.refuse("there are no lessons in '\(folder)'", hint: "a lesson is a .md file that starts with front matter; give their folder with --lessons DIR")
        }
        // Without the database the lessons are still listed, as the REPL still runs them.
        let summaries: [LessonSummary]?
        do {
            summaries = try ProgressStore.openDefault().lessonsSummary(LessonsListing.outlines(catalog))
        } catch {
            Console.standardError.write(ProgressStore.problem("warning", "your progress cannot be shown", error))
            summaries = nil
        }
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
        do {
            // Nothing to forget where there is no database: none is made for it.
            if let data = try? DataDirectory.resolve(), !FileManager.default.fileExists(atPath: data.databaseURL.path) {
                Console.standardOutput.write(lesson.map { "There was no progress in \($0) to forget.\n" } ?? "Forgot your progress in 0 lessons.\n")
                return
            }
            let store = try ProgressStore.openDefault()
            if let lesson {
                let forgotten = try store.reset(lesson: lesson)
                Console.standardOutput.write(forgotten ? "Forgot your progress in \(lesson).\n" : "There was no progress in \(lesson) to forget.\n")
            } else {
                let count = try store.resetAll()
                Console.standardOutput.write("Forgot your progress in \(count == 1 ? "1 lesson" : "\(count) lessons").\n")
            }
        } catch {
            Console.standardError.write(ProgressStore.problem("error", "nothing was forgotten", error))
            throw ExitCode(1)
        }
    }
}
