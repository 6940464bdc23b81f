import ArgumentParser
import Foundation
import KnobsNotebook

/// `knobs new`: starts a file for a teacher from a template.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new lesson from a template.",
        subcommands: [NewLessonCommand.self]
    )
}

/// `knobs new lesson NAME`: writes a starter lesson that passes its own checks.
struct NewLessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson",
        abstract: "Write a starter lesson that passes its own checks.",
        discussion: """
            Writes NAME.md with front matter, a code cell, an exercise with its \
            checks, hints and solution, and a question; the file name without \
            .md becomes the lesson's id. See docs/LESSONS.md for the format.

            Example:
              knobs new lesson 04-gradients
            """
    )

    @Argument(help: ArgumentHelp("The lesson's id, or a path to a file ending in .md.", valueName: "name"))
    var name: String

    @Option(help: ArgumentHelp("The lesson's title (made from the name when left out).", valueName: "title"))
    var title: String?

    private var path: String { name.hasSuffix(".md") ? name : name + ".md" }
    private var id: String { URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent }

    func validate() throws {
        guard LessonInfo.isValidID(id) else {
            throw ValidationError("'\(id)' cannot be a lesson id: use letters, digits, '-' and '_'")
        }
    }

    func run() throws {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw InputFile.refuse("'\(path)' already exists; knobs does not write over it", hint: "choose another name, or move the file away")
        }
        try OutputFile.write(Data(LessonTemplate.text(id: id, title: title).utf8), to: path, as: "the lesson")
        Console.standardOutput.write("wrote \(path)\n")
    }
}
