import Foundation
import Testing

/// Where `knobs grade` writes: reports made part by part as the class is graded, then written
/// whole, to a file or standard output alike; a report that cannot be written is an error.
@Suite("grade output")
struct GradeOutputTests {
    static let key = GradingCommandTests.corpus.appendingPathComponent("key.md").path
    static let submissions = GradingCommandTests.corpus.appendingPathComponent("submissions").path

    @Test("a report in a file is the report on standard output, and nothing else is left in its folder", arguments: ["text", "tap"])
    func fileAndStandardOutput(_ format: String) async throws {
        let folder = try TemporaryFile(named: "unused", text: "").directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let arguments = ["grade", "--key", GradeOutputTests.key, GradeOutputTests.submissions, "--format", format, "--jobs", "2"] + GradingCommandTests.quick
        let printed = try await KnobsBinary.run(arguments)
        let written = try await KnobsBinary.run(arguments + ["--out", folder.appendingPathComponent("report").path,
                                                             "--gradebook", folder.appendingPathComponent("grades.csv").path])
        #expect(printed.exitCode == 1 && written.exitCode == 1, "\(printed)\n\(written)")
        #expect(written.stdout == "")
        #expect(try String(contentsOf: folder.appendingPathComponent("report"), encoding: .utf8) == printed.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["grades.csv", "report"])
    }

    @Test("a report the disk cannot take is exit 2 with the reason")
    func fullDisk() async throws {
        let result = try await KnobsBinary.run(["grade", "--key", GradeOutputTests.key, GradeOutputTests.submissions, "--out", "/dev/full"]
                                               + GradingCommandTests.quick)
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains("cannot write the report '/dev/full': no space left on device"), "\(result)")
    }

    @Test("no folder for the parts put aside is exit 2, naming TMPDIR")
    func noTemporaryFolder() async throws {
        let result = try await KnobsBinary.run(["grade", "--key", GradeOutputTests.key, GradeOutputTests.submissions],
                                               environment: ["TMPDIR": "/nonexistent/knobs-tmp"])
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains("cannot make a temporary file in /nonexistent/knobs-tmp") && result.stderr.contains("TMPDIR="), "\(result)")
        #expect(result.stdout == "")
    }
}
