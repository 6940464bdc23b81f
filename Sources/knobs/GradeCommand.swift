import ArgumentParser
import Foundation
import KnobsNotebook
import KnobsTerminal

/// `knobs grade`: grades submissions against a key and writes a report.
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade learners' copies of a lesson against its key.",
        discussion: """
            Each submission's exercise code runs in place of the key's exercises, then the \
            key's own checks, hidden ones included; each answer to a question is judged by the \
            key's. Every submission gets a status (ok, error, \
            limit, malformed, wrong-lesson, empty, too-large, unreadable) and the grader goes on. \
            Exit 0 when every submission has full marks, 1 when one has not, 2 for bad input.

            Examples:
              knobs grade --key keys/02-line.md submissions/
              knobs grade --key key.md class/ --format junit --out report.xml
              knobs grade --key key.md class/ --gradebook grades.csv --jobs 4
            """
    )

    @Option(help: ArgumentHelp("The key: the author's lesson, with solutions and hidden checks.", valueName: "file"), completion: .file(extensions: ["md"]))
    var key: String

    @Argument(help: ArgumentHelp("Submission files, or folders of them (their .md files, at any depth).", valueName: "submission"))
    var submissions: [String]

    @Option(help: ArgumentHelp("Grade this many submissions at once (default: one per core).", valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp("Also write a CSV gradebook (submission, score, max, time, status, reason).", valueName: "file"))
    var gradebook: String?

    @Option(help: ArgumentHelp("Read at most this many bytes of a submission; larger ones are too-large.", valueName: "bytes"))
    var maxFileSize: Int = 1 << 20

    @OptionGroup
    var options: RunOptionsGroup

    @OptionGroup(title: "Limits (per cell)")
    var limitOptions: LimitOptions

    func validate() throws {
        guard !submissions.isEmpty else { throw ValidationError("give at least one submission file or folder") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
        guard maxFileSize >= 1 else { throw ValidationError("--max-file-size must be at least 1, got \(maxFileSize)") }
    }

    func run() throws {
        let loaded = try LessonFile.load(key, symbols: .unicode)
        let (lesson, hash) = (loaded.lesson, loaded.sha256)
        let files = try SubmissionPaths.expand(submissions)
        let inputs = [key] + files
        if !(options.format == .gradescope && files.count > 1) { try options.checkOut(inputs: inputs) }
        if let gradebook, let problem = OutputFile.problem(gradebook, as: "the gradebook", inputs: inputs) {
            throw InputFile.refuse(problem.message, hint: problem.hint)
        }
        let runOptions = try options.runOptions(limits: limitOptions, for: lesson)
        let grader = Grader(key: lesson, keySHA256: hash, options: runOptions, maxBytes: maxFileSize, prepare: LessonFile.prepare(.unicode, plugins: loaded.plugins),
                            drawCell: LessonFile.drawCell(.unicode, plugins: loaded.plugins))
        let context = ReportContext(version: Knobs.version, keyPath: key, key: lesson, keySHA256: hash, options: runOptions,
                                    revealAnswers: options.revealAnswers)
        // Each result is written down as it comes, in the submissions' order, and let go: memory
        // stays flat however large the class (docs/ROBUSTNESS.md, "Under load").
        var report = ReportStream(layout: options.format.layout(context, symbols: LessonFile.symbols), count: files.count)
        let gradescopeFolder = options.format == .gradescope && files.count > 1 ? options.out : nil
        let parts = try Spool()
        let rows = try gradebook.map { _ in try Spool() }
        var (graded, allFullMarks) = (0, true)
        try grader.grade(files: files, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount) { result in
            graded += 1
            allFullMarks = allFullMarks && result.isFullMarks
            if let gradescopeFolder {
                try writeGradescope(result, number: graded, context: context, folder: gradescopeFolder)
            } else {
                try parts.append(report.part(for: result))
            }
            try rows?.append(Gradebook.row(result))
        }
        if gradescopeFolder == nil {
            try options.write(head: report.head, parts: parts, tail: report.tail, inputs: inputs)
        }
        if let gradebook, let rows {
            try OutputFile.write(to: gradebook, as: "the gradebook", inputs: inputs) { handle in
                try handle.write(contentsOf: Data(Gradebook.header.utf8))
                try rows.copy(to: handle)
            }
        }
        if !allFullMarks { throw ExitCode(1) }
    }

    /// Its `results.json` in `folder/<number>-<file name>/results.json`.
    private func writeGradescope(_ result: GradeResult, number: Int, context: ReportContext, folder: String) throws {
        let name = "\(number)-" + URL(fileURLWithPath: result.submission).deletingPathExtension().lastPathComponent
        let directory = URL(fileURLWithPath: folder).appendingPathComponent(name)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(GradescopeReport(context: context).results(result).utf8).write(to: directory.appendingPathComponent("results.json"))
        } catch {
            throw InputFile.refuse("cannot write the Gradescope results into '\(folder)': \(error.localizedDescription)", hint: "give a folder you may write in")
        }
    }
}

/// The submission files named on the command line: files as given, folders searched for `.md` files.
enum SubmissionPaths {
    static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                let problem = InputFile.problem(path, as: "the submission") ?? ("cannot read the submission '\(path)'", "check the path")
                throw InputFile.refuse(problem.message, hint: problem.hint)
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let found = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }.sorted() ?? []
            guard !found.isEmpty else {
                // A folder without a submission is the wrong folder, not a class that scored nothing.
                throw InputFile.refuse("the folder '\(path)' holds no submissions (.md files, at any depth)", hint: "give the folder of the submissions, or their files")
            }
            files += found.map { URL(fileURLWithPath: path).appendingPathComponent($0).path }
        }
        return files
    }
}
