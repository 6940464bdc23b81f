import Foundation
import KnobsLang
import KnobsNotebook
import KnobsTerminal

/// The grading corpus (`Tests/GradingCorpus`) and settings that keep grading tests quick.
enum GradingSupport {
    static let corpus = LessonSupport.root.appendingPathComponent("Tests/GradingCorpus")

    /// Limits low enough that a runaway submission stops in well under a second.
    static let quick: RunOptions = {
        var limits = RunOptions.gradingLimits
        limits.maxSteps = 2_000_000
        limits.timeout = 5
        return RunOptions(limits: limits, budget: 30)
    }()

    /// Limits for proving the bundled lessons right: their own cells train networks, which a
    /// debug or sanitizer build on a busy machine may take far longer than the usual 10 s a
    /// cell to do; how fast they run is the course benchmark's to say.
    static let proving: RunOptions = {
        var limits = RunOptions.gradingLimits
        limits.timeout = 600
        return RunOptions(limits: limits, budget: 3_600)
    }()

    /// The corpus key and a grader for it.
    static func corpusGrader(options: RunOptions = quick) throws -> Grader {
        let path = corpus.appendingPathComponent("key.md").path
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return Grader(key: try Lesson(contentsOfFile: path), keySHA256: SHA256.hex(data), options: options)
    }

    /// The bundled lessons' paths.
    static var bundledLessons: [String] { LessonProofTests.lessonFiles }

    /// Gives an interpreter `plot`, `scatter` and `boundary`, as `knobs run` and `knobs grade` do
    /// (80 columns, no colour): the bundled lessons draw pictures.
    static let drawing: @Sendable (Interpreter) -> Void = { interpreter in
        PlotLibrary.install(into: interpreter, terminal: Terminal(width: 80, color: false, unicode: true))
    }

    /// A report context for tests.
    static func context(_ grader: Grader) -> ReportContext {
        ReportContext(version: "test", keyPath: "key.md", key: grader.key, keySHA256: grader.keySHA256, options: grader.options)
    }

    /// A submission of the corpus key with each exercise's code given.
    static func corpusSubmission(double: String, square: String = "fn sq(x) = x * x") throws -> String {
        let released = LearnerCopy.text(of: try corpusGrader().key)
        return released.replacingOccurrences(of: "d = ___", with: double).replacingOccurrences(of: "fn sq(x) = ___", with: square)
    }

    /// A folder of its own under the temporary directory, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("knobs-grading-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
