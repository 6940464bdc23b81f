/// JUnit XML: one `<testsuite>` per submission, one `<testcase>` per check and per question.
///
/// A check that failed is a `<failure>` with the author's message; a check
/// that stopped with an error is an `<error>`; a check that did not run
/// because its exercise did not is a `<failure>` saying why. A submission
/// that could not be graded is a suite with one `<error>` test case, named
/// `submission`, whose type is its status. A hidden check's name says so:
/// `double hidden check 2`. A question not answered right is a `<failure>`
/// whose type is its status; it names the key's answer only with
/// ``ReportContext/revealAnswers``.
public struct JUnitReport: ReportLayout {
    public let context: ReportContext

    public init(context: ReportContext) {
        self.context = context
    }

    public func head(_ batch: ReportBatch) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"\(Markup.xml("knobs grade " + context.keyID))\" tests=\"\(batch.testCases)\" failures=\"\(batch.failures)\" errors=\"\(batch.errors)\" time=\"\(Markup.seconds(batch.duration))\">\n"
    }

    public func part(_ result: GradeResult, batch: inout ReportBatch) -> String {
        let suite = Self.suite(result, context: context)
        batch.testCases += suite.tests
        batch.failures += suite.failures
        batch.errors += suite.errors
        return suite.xml
    }

    public func tail(_ batch: ReportBatch) -> String { "</testsuites>\n" }

    private struct Suite {
        var xml = ""
        var tests = 0, failures = 0, errors = 0
    }

    private static func suite(_ result: GradeResult, context: ReportContext) -> Suite {
        var suite = Suite()
        var cases = ""
        let classPrefix = context.keyID
        if let run = result.run {
            for exercise in run.exercises {
                for check in exercise.checks {
                    suite.tests += 1
                    let open = "    <testcase classname=\"\(Markup.xml(classPrefix + "." + exercise.id))\" name=\"\(Markup.xml(check.name))\" time=\"\(Markup.seconds(check.duration))\""
                    var body = ""
                    switch check.status {
                    case .passed:
                        break
                    case .failed:
                        suite.failures += 1
                        body += "      <failure message=\"\(Markup.xml(check.message ?? "failed"))\" type=\"check\"/>\n"
                    case .error:
                        suite.errors += 1
                        body += "      <error message=\"\(Markup.xml(check.message ?? "error"))\" type=\"error\"/>\n"
                    case .notRun:
                        suite.failures += 1
                        let why = "not run: the exercise is \(exercise.status.rawValue)" + (exercise.reason.map { " (\($0))" } ?? "")
                        body += "      <failure message=\"\(Markup.xml(why))\" type=\"\(exercise.status.rawValue)\"/>\n"
                    }
                    cases += body.isEmpty ? open + "/>\n" : open + ">\n" + body + "    </testcase>\n"
                }
            }
            for question in run.questions {
                suite.tests += 1
                let open = "    <testcase classname=\"\(Markup.xml(classPrefix + "." + question.id))\" name=\"\(Markup.xml(question.name))\" time=\"0.000\""
                if question.isCorrect {
                    cases += open + "/>\n"
                } else {
                    suite.failures += 1
                    let why = QuestionWords.detail(question, revealing: context.revealAnswers)
                    cases += open + ">\n      <failure message=\"\(Markup.xml(why))\" type=\"\(question.status.rawValue)\"/>\n    </testcase>\n"
                }
            }
        } else {
            suite.tests = 1
            suite.errors = 1
            cases += "    <testcase classname=\"\(Markup.xml(classPrefix))\" name=\"submission\" time=\"\(Markup.seconds(result.duration))\">\n"
            cases += "      <error message=\"\(Markup.xml(result.reason ?? result.status.rawValue))\" type=\"\(result.status.rawValue)\"/>\n"
            cases += "    </testcase>\n"
        }
        var properties = [("key.id", context.keyID), ("key.sha256", context.keySHA256), ("status", result.status.rawValue),
                          ("score", Score.text(result.score)), ("max_score", Score.text(result.maxScore))]
        if let reason = result.reason { properties.append(("reason", reason)) }
        properties += context.parameterAssignments.map { ("parameter", $0) }
        properties += result.flags.map { ("flag", $0) }
        suite.xml = "  <testsuite name=\"\(Markup.xml(result.submission))\" tests=\"\(suite.tests)\" failures=\"\(suite.failures)\" errors=\"\(suite.errors)\" skipped=\"0\" time=\"\(Markup.seconds(result.duration))\">\n"
        suite.xml += "    <properties>\n"
        suite.xml += properties.map { "      <property name=\"\(Markup.xml($0.0))\" value=\"\(Markup.xml($0.1))\"/>\n" }.joined()
        suite.xml += "    </properties>\n" + cases + "  </testsuite>\n"
        return suite
    }
}
