import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KnobsNotebook
import Testing

/// Every report format, read back by a parser or its real consumer.
@Suite("reports")
struct ReportTests {
    /// The whole corpus graded once, plus the bundled lessons' keys with their solutions and their released copies.
    static let graded: (grader: Grader, results: [GradeResult]) = {
        let grader = try! GradingSupport.corpusGrader()
        let folder = GradingSupport.corpus.appendingPathComponent("submissions")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted().map { folder.appendingPathComponent($0).path }
        return (grader, grader.grade(files: files, jobs: 2))
    }()

    private var context: ReportContext { GradingSupport.context(ReportTests.graded.grader) }
    private var results: [GradeResult] { ReportTests.graded.results }

    @Test("the JSON report of the corpus is valid against docs/grading-report.schema.json")
    func jsonSchema() throws {
        let schema = try JSONValue.parse(String(contentsOf: LessonSupport.root.appendingPathComponent("docs/grading-report.schema.json"), encoding: .utf8))
        let validator = SchemaValidator(root: schema)
        let report = try JSONValue.parse(JSONReport(context: context).render(results))
        #expect(validator.problems(report) == [])
        #expect(report["key"]?["sha256"] == .string(ReportTests.graded.grader.keySHA256))
        #expect(report["summary"]?["submissions"] == .number(Double(results.count)))
    }

    @Test("the validator finds what breaks the schema")
    func schemaCatchesMistakes() throws {
        let schema = try JSONValue.parse(String(contentsOf: LessonSupport.root.appendingPathComponent("docs/grading-report.schema.json"), encoding: .utf8))
        let report = JSONReport(context: context).render(Array(results.prefix(2)))
        for (from, to) in [("\"status\" : \"ok\"", "\"status\" : \"great\""), ("\"visibility\" : \"hidden\"", "\"visibility\" : \"secret\""),
                           ("\"schemaVersion\" : 1", "\"schemaVersion\" : 1, \"extra\" : true"), ("\"limitHit\" : false", "\"limitHit\" : 0")] {
            let broken = report.replacingOccurrences(of: from, with: to)
            #expect(broken != report, "the report holds \(from)")
            #expect(!SchemaValidator(root: schema).problems(try JSONValue.parse(broken)).isEmpty, "\(to) passed")
        }
    }

    @Test("the JSON report of every bundled lesson's solutions and released copy is valid", arguments: GradingSupport.bundledLessons)
    func jsonOfBundled(_ path: String) throws {
        let schema = try JSONValue.parse(String(contentsOf: LessonSupport.root.appendingPathComponent("docs/grading-report.schema.json"), encoding: .utf8))
        let key = try Lesson(contentsOfFile: path)
        let grader = Grader(key: key, keySHA256: SHA256.hex(try Data(contentsOf: URL(fileURLWithPath: path))), options: GradingSupport.proving,
                            prepare: GradingSupport.drawing)
        let released = grader.grade(Data(LearnerCopy.text(of: key).utf8), name: "released.md")
        let solved = GradeResult(run: Runner(lesson: key, options: GradingSupport.proving, prepare: GradingSupport.drawing).run(.solutions), name: path)
        #expect(released.score == 0 && solved.isFullMarks)
        let report = JSONReport(context: GradingSupport.context(grader)).render([released, solved])
        #expect(SchemaValidator(root: schema).problems(try JSONValue.parse(report)) == [])
    }

    @Test("JUnit XML parses, with a suite per submission and a case per check and per question")
    func junit() throws {
        let xml = JUnitReport(context: context).render(results)
        let reader = XMLCounter()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = reader
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(reader.counts["testsuite"] == results.count)
        let checks = results.reduce(0) { $0 + ($1.run.map { $0.checks.count + $0.questions.count } ?? 1) }
        #expect(reader.counts["testcase"] == checks)
        #expect(reader.attributes["testsuites"]?["tests"] == String(checks))
        #expect(reader.counts["failure", default: 0] + reader.counts["error", default: 0] > 0)
    }

    @Test("TAP version 14 is read by prove, with a point per submission and the failures counted")
    func tapWithProve() throws {
        let tap = TAPReport(context: context).render(results)
        #expect(tap.hasPrefix("TAP version 14\n"))
        let folder = try GradingSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report.tap")
        try Data(tap.utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["prove", "--exec", "cat", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let failed = results.filter { !$0.isFullMarks }.count
        #expect(output.contains("Tests: \(results.count) Failed: \(failed)"), "\(output)")
        // Test::Harness before 3.48 knows TAP 13 only and says so about the version line; nothing else may be wrong.
        let parseErrors = output.split(separator: "\n").filter { $0.contains("Parse errors") }
        #expect(parseErrors.allSatisfy { $0.contains("TAP specified version 14") }, "\(output)")
    }

    @Test("the Gradescope results mark hidden checks hidden and keep their messages out of visible tests")
    func gradescope() throws {
        let visibleOnly = try #require(results.first { $0.submission.hasSuffix("visible-only.md") })
        let json = try JSONValue.parse(GradescopeReport(context: context).results(visibleOnly))
        #expect(json["score"] == .number(2))
        guard case .array(let tests)? = json["tests"] else { Issue.record("no tests"); return }
        let hidden = tests.filter { $0["visibility"] == .string("hidden") }
        #expect(hidden.count == 2)
        #expect(hidden.allSatisfy { $0["max_score"] == .number(0) })
        let visibleText = tests.filter { $0["visibility"] == .string("visible") }.compactMap { test -> String? in
            if case .string(let output)? = test["output"] { return output } else { return nil }
        }.joined()
        #expect(!visibleText.contains("a square is never negative"))
        #expect(visibleText.contains("a hidden check did not pass"))
        let total = tests.reduce(0.0) { sum, test in if case .number(let n)? = test["max_score"] { return sum + n } else { return sum } }
        #expect(total == 6)
        let questions = tests.filter { if case .string(let name)? = $0["name"] { return name.hasPrefix("question ") } else { return false } }
        #expect(questions.count == 2 && questions.allSatisfy { $0["visibility"] == .string("visible") })
    }

    @Test("the gradebook has a row per submission, quoted as CSV asks, with no formula")
    func gradebook() throws {
        var tricky = results[0]
        tricky.submission = "=HYPERLINK(\"x\"), \"quoted\".md"
        let csv = Gradebook.csv([tricky] + results)
        let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first == "submission,score,max,time,status,reason")
        #expect(rows.count == results.count + 2)
        #expect(rows[1].hasPrefix("\"'=HYPERLINK(\"\"x\"\"), \"\"quoted\"\".md\","))
    }
}

/// Counts the elements of an XML document and keeps the attributes of the first of each.
final class XMLCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    var attributes: [String: [String: String]] = [:]

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        counts[name, default: 0] += 1
        if self.attributes[name] == nil { self.attributes[name] = attributes }
    }
}
