import ArgumentParser
import Foundation
import KnobsNotebook
import KnobsTerminal

/// `knobs run`: runs a lesson with no person present and prints a transcript.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a lesson's cells and checks with no person present.",
        discussion: """
            Runs every cell in order, each exercise as written (or, with --solutions, its \
            solution), then all of its checks, hidden ones included. Exit 0 when every check \
            passes, 1 when one fails, 2 for a malformed lesson, 3 when a limit was hit.

            Examples:
              knobs run lessons/02-line.md --solutions
              knobs run my-copy.md --format json --out result.json
            """
    )

    @Argument(help: ArgumentHelp("The lesson file.", valueName: "lesson"), completion: .file(extensions: ["md"]))
    var lesson: String

    @Flag(help: "Run the solutions in place of the exercises: the author's proof that the lesson is sound.")
    var solutions = false

    @OptionGroup
    var options: RunOptionsGroup

    @OptionGroup(title: "Limits (per cell)")
    var limitOptions: LimitOptions

    func run() throws {
        if options.format != .gradescope { try options.checkOut(inputs: [self.lesson]) }
        let loaded = try LessonFile.load(self.lesson)
        let (lesson, hash) = (loaded.lesson, loaded.sha256)
        let runOptions = try options.runOptions(limits: limitOptions, for: lesson)
        let symbols = LessonFile.symbols
        let run = Runner(lesson: lesson, options: runOptions, prepare: LessonFile.prepare(symbols, plugins: loaded.plugins),
                         drawCell: LessonFile.drawCell(symbols, plugins: loaded.plugins)).run(solutions ? .solutions : .asWritten)
        if options.format == .text {
            try options.write(Transcript(symbols: symbols, color: options.out == nil && Console.standardOutput.usesColor).render(run, name: self.lesson, parameters: runOptions.parameters), inputs: [self.lesson])
        } else {
            let result = GradeResult(run: run, name: self.lesson)
            let context = ReportContext(version: Knobs.version, keyPath: self.lesson, key: lesson, keySHA256: hash, options: runOptions,
                                        revealAnswers: options.revealAnswers)
            try options.write(options.format.render([result], context: context, symbols: symbols), inputs: [self.lesson])
        }
        if run.hitLimit { throw ExitCode(3) }
        if !run.allPassed { throw ExitCode(1) }
    }
}
