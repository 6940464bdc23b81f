import Foundation
import KnobsNotebook
import Testing

/// The TAP report read by node-tap's parser, a TAP 14 consumer, in strict mode and at every level.
@Suite("TAP read by tap-parser")
struct TAPConsumerTests {
    @Test("the corpus's TAP is TAP 14 to tap-parser: subtests named as their points, nothing non-TAP",
          .enabled(if: TAPParser.isAvailable, "needs tap-parser (Debian: node-tap-parser)"))
    func corpus() throws {
        let (grader, results) = ReportTests.graded
        let tap = TAPReport(context: GradingSupport.context(grader)).render(results)
        let (status, output) = try TAPParser.check(tap, points: results.count, passed: results.filter(\.isFullMarks).count)
        #expect(status == 0, "\(output)")
    }

    @Test("a name with #, \\ and a line break stays one test point whose description is its subtest's name",
          .enabled(if: TAPParser.isAvailable, "needs tap-parser (Debian: node-tap-parser)"))
    func awkwardNames() throws {
        let (grader, results) = ReportTests.graded
        var full = try #require(results.first { $0.isFullMarks })
        full.submission = "class #1 \\ alice\nsmith # SKIP.md"
        let tap = TAPReport(context: GradingSupport.context(grader)).render([full])
        #expect(tap.contains("ok 1 - class \\#1 \\\\ alice smith \\# SKIP.md\n"))
        let (status, output) = try TAPParser.check(tap, points: 1, passed: 1)
        #expect(status == 0, "\(output)")
    }

    @Test("the checker is no rubber stamp: a subtest ended by another name, and a stray line, fail",
          .enabled(if: TAPParser.isAvailable, "needs tap-parser (Debian: node-tap-parser)"))
    func checkerCatches() throws {
        let (grader, results) = ReportTests.graded
        let graded = Array(results.filter { $0.run != nil }.prefix(2))
        let passed = graded.filter(\.isFullMarks).count
        let tap = TAPReport(context: GradingSupport.context(grader)).render(graded)
        #expect(try TAPParser.check(tap, points: 2, passed: passed).status == 0)
        let renamed = tap.replacingOccurrences(of: " 1 - \(graded[0].submission)\n", with: " 1 - renamed\n")
        #expect(renamed != tap)
        #expect(try TAPParser.check(renamed, points: 2, passed: passed).status != 0)
        #expect(try TAPParser.check(tap + "stray\n", points: 2, passed: passed).status != 0)
    }
}
