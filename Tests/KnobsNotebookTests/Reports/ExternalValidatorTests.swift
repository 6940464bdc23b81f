import Foundation
import KnobsNotebook
import Testing

/// The JSON and JUnit reports read by the tools others use: Python's `jsonschema` and `junitparser`.
///
/// Each test is enabled where `python3` has its package (`pip install jsonschema junitparser`); the
/// Swift-side checks in ``ReportTests`` run everywhere.
@Suite("reports read by Python's jsonschema and junitparser")
struct ExternalValidatorTests {
    private func write(_ text: String, as name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test("jsonschema validates the JSON report of the corpus and of a lesson run against the schema",
          .enabled(if: Python.hasJSONSchema, "needs python3 with jsonschema"))
    func jsonschema() throws {
        let folder = try GradingSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (grader, results) = ReportTests.graded
        let key = try Lesson(contentsOfFile: GradingSupport.bundledLessons[0])
        let solved = GradeResult(run: Runner(lesson: key, prepare: GradingSupport.drawing).run(.solutions), name: "solved.md")
        let corpus = try write(JSONReport(context: GradingSupport.context(grader)).render(results), as: "corpus.json", in: folder)
        let lesson = try write(JSONReport(context: GradingSupport.context(grader)).render([solved]), as: "lesson.json", in: folder)
        let schema = LessonSupport.root.appendingPathComponent("docs/grading-report.schema.json").path
        let (status, output) = try Python.run("""
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            for path in sys.argv[2:]:
                jsonschema.Draft202012Validator(schema).validate(json.load(open(path)))
            print("valid")
            """, [schema, corpus, lesson])
        #expect(status == 0 && output == "valid\n", "\(output)")
    }

    @Test("junitparser reads the JUnit report: a suite per submission, the failures and errors where they are",
          .enabled(if: Python.hasJUnitParser, "needs python3 with junitparser"))
    func junitparser() throws {
        let folder = try GradingSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (grader, results) = ReportTests.graded
        let path = try write(JUnitReport(context: GradingSupport.context(grader)).render(results), as: "report.xml", in: folder)
        let (status, output) = try Python.run("""
            import sys
            from junitparser import JUnitXml, Failure, Error
            xml = JUnitXml.fromfile(sys.argv[1])
            suites = list(xml)
            cases = [case for suite in suites for case in suite]
            failed = sum(1 for case in cases if any(isinstance(r, Failure) for r in case.result))
            errors = sum(1 for case in cases if any(isinstance(r, Error) for r in case.result))
            print(len(suites), len(cases), failed, errors)
            """, [path])
        let cases = results.reduce(0) { $0 + ($1.run.map { $0.checks.count + $0.questions.count } ?? 1) }
        let errors = results.reduce(0) { $0 + ($1.run.map { run in run.checks.filter { $0.status == .error }.count } ?? 1) }
        let failures = cases - errors - results.reduce(0) { $0 + ($1.run?.passedCount ?? 0) }
        #expect(status == 0, "\(output)")
        #expect(output == "\(results.count) \(cases) \(failures) \(errors)\n", "\(output)")
    }
}
