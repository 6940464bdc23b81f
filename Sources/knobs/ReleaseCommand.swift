import ArgumentParser
import Foundation
import KnobsNotebook

/// `knobs release`: writes the learner's copy of a key.
struct ReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release",
        abstract: "Write the learner's copy of a lesson: no solutions, hidden checks or answers.",
        discussion: """
            The copy keeps the prose, the code cells, the exercises' starter code, visible \
            checks, hints and questions, and has the key's file name. A question keeps its \
            text and choices, none marked, and reads answer: ___ for the learner to fill in.

            Example:
              knobs release keys/02-line.md -o released/
            """
    )

    @Argument(help: ArgumentHelp("The key: the author's lesson file.", valueName: "key"), completion: .file(extensions: ["md"]))
    var key: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the copy to (made if missing).", valueName: "dir"))
    var output: String

    func run() throws {
        let lesson = try LessonFile.load(key).lesson
        let text = LearnerCopy.text(of: lesson)
        let folder = URL(fileURLWithPath: output)
        let target = folder.appendingPathComponent(URL(fileURLWithPath: key).lastPathComponent)
        guard target.standardizedFileURL.path != URL(fileURLWithPath: key).standardizedFileURL.path else {
            throw InputFile.refuse("the learner's copy would overwrite the key '\(key)'", hint: "choose another folder with -o")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw InputFile.refuse("cannot write the learner's copy into '\(output)': it is a file, not a folder", hint: "give a folder (it is made if missing)")
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw InputFile.refuse("cannot make the folder '\(output)': \(error.localizedDescription)", hint: "give a folder you may write in")
        }
        try OutputFile.write(Data(text.utf8), to: target.path, as: "the learner's copy", inputs: [key])
        Console.standardOutput.write("\(target.path)\n")
    }
}
