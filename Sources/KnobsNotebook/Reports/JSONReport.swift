import Foundation

/// The JSON report: everything about every submission, for programs.
///
/// Its schema is `docs/grading-report.schema.json`, described in
/// `docs/GRADING.md`; ``schemaVersion`` changes when a field changes meaning
/// or goes away (new fields may appear without it).
public struct JSONReport: ReportLayout {
    public static let schemaVersion = 1
    public let context: ReportContext

    public init(context: ReportContext) {
        self.context = context
    }

    // The report is its frame (everything but the submissions, which `sortedKeys` puts after
    // `settings` and before `summary`) with each submission encoded on its own and set into the
    // frame's empty array, indented as the whole would have been: the same text as encoding it
    // whole, without the encoder's picture of all 10,000 submissions at once.

    public func head(_ batch: ReportBatch) -> String {
        let (frame, empty) = frame(batch)
        return String(frame[..<empty.lowerBound]) + "\"submissions\" : ["
    }

    public func part(_ result: GradeResult, batch: inout ReportBatch) -> String {
        let object = String(decoding: (try? Self.encoder.encode(Submission(result, revealing: context.revealAnswers))) ?? Data("{}".utf8), as: UTF8.self)
        let indented = object.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }
        return (batch.added == 1 ? "\n" : ",\n") + indented.joined(separator: "\n")
    }

    public func tail(_ batch: ReportBatch) -> String {
        let (frame, empty) = frame(batch)
        return (batch.added == 0 ? "\n\n  ]" : "\n  ]") + frame[empty.upperBound...] + "\n"
    }

    /// The report without its submissions, and where its empty array of them is.
    private func frame(_ batch: ReportBatch) -> (String, Range<String.Index>) {
        let report = Report(
            schemaVersion: Self.schemaVersion, tool: "knobs", version: context.version,
            key: Key(path: context.keyPath, id: context.keyID, title: context.keyTitle, sha256: context.keySHA256),
            settings: Settings(seed: context.options.seed, cellTimeout: context.options.limits.timeout, budget: context.options.budget,
                               maxSteps: context.options.limits.maxSteps, maxDepth: context.options.limits.maxDepth,
                               maxMemory: context.options.limits.maxMemory, maxOutput: context.options.limits.maxOutput,
                               parameters: context.parameterValues,
                               revealAnswers: context.revealAnswers),
            summary: Summary(submissions: batch.added, fullMarks: batch.fullMarks, statuses: batch.statuses),
            submissions: [])
        let frame = String(decoding: (try? Self.encoder.encode(report)) ?? Data("{}".utf8), as: UTF8.self)
        let empty = frame.range(of: "\"submissions\" : [\n\n  ]") ?? frame.endIndex..<frame.endIndex
        return (frame, empty)
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    struct Report: Encodable {
        let schemaVersion: Int
        let tool: String
        let version: String
        let key: Key
        let settings: Settings
        let summary: Summary
        let submissions: [Submission]
    }

    struct Key: Encodable {
        let path, id, title, sha256: String
    }

    struct Settings: Encodable {
        let seed: UInt64?
        let cellTimeout, budget: Double
        let maxSteps, maxDepth, maxMemory, maxOutput: Int
        let parameters: [String: String]
        let revealAnswers: Bool

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(seed, forKey: .seed)  // null when the lesson has none: the key is always there
            try c.encode(cellTimeout, forKey: .cellTimeout)
            try c.encode(budget, forKey: .budget)
            try c.encode(maxSteps, forKey: .maxSteps)
            try c.encode(maxDepth, forKey: .maxDepth)
            try c.encode(maxMemory, forKey: .maxMemory)
            try c.encode(maxOutput, forKey: .maxOutput)
            try c.encode(parameters, forKey: .parameters)
            try c.encode(revealAnswers, forKey: .revealAnswers)
        }

        enum CodingKeys: String, CodingKey { case seed, cellTimeout, budget, maxSteps, maxDepth, maxMemory, maxOutput, parameters, revealAnswers }
    }

    struct Summary: Encodable {
        let submissions, fullMarks: Int
        let statuses: [String: Int]
    }

    struct Submission: Encodable {
        let path: String
        let status: String
        let reason: String?
        let score, maxScore, time: Double
        let seed: UInt64?
        let limitHit: Bool
        /// Each cell stopped by a limit: where it is and the limit's own words.
        let limits: [LimitHit]
        let flags: [String]
        let exercises: [Exercise]
        let questions: [Question]

        init(_ result: GradeResult, revealing: Bool) {
            path = result.submission
            status = result.status.rawValue
            reason = result.reason
            score = result.score
            maxScore = result.maxScore
            time = (result.duration * 1000).rounded() / 1000
            seed = result.run?.seed
            limitHit = result.status == .limit
            limits = result.run?.cells.filter { $0.status == .limit }.map(LimitHit.init) ?? []
            flags = result.flags
            exercises = result.run?.exercises.map(Exercise.init) ?? []
            questions = result.run?.questions.map { Question($0, revealing: revealing) } ?? []
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(path, forKey: .path)
            try c.encode(status, forKey: .status)
            try c.encode(reason, forKey: .reason)
            try c.encode(score, forKey: .score)
            try c.encode(maxScore, forKey: .maxScore)
            try c.encode(time, forKey: .time)
            try c.encode(seed, forKey: .seed)
            try c.encode(limitHit, forKey: .limitHit)
            try c.encode(limits, forKey: .limits)
            try c.encode(flags, forKey: .flags)
            try c.encode(exercises, forKey: .exercises)
            try c.encode(questions, forKey: .questions)
        }

        enum CodingKeys: String, CodingKey { case path, status, reason, score, maxScore, time, seed, limitHit, limits, flags, exercises, questions }
    }

    struct LimitHit: Encodable {
        let kind: String
        let exercise: String?
        let line: Int
        let message: String

        init(_ cell: CellResult) {
            kind = cell.kind.rawValue
            exercise = cell.exerciseID
            line = cell.line
            message = cell.diagnostics.first { $0.kind == .limit }?.message ?? cell.diagnostics.first?.message ?? "a limit was hit"
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(kind, forKey: .kind)
            try c.encode(exercise, forKey: .exercise)
            try c.encode(line, forKey: .line)
            try c.encode(message, forKey: .message)
        }

        enum CodingKeys: String, CodingKey { case kind, exercise, line, message }
    }

    struct Exercise: Encodable {
        let id, status: String
        let reason: String?
        let score, points: Double
        let stoodIn: Bool
        let checks: [Check]

        init(_ result: ExerciseResult) {
            id = result.id
            status = result.status.rawValue
            reason = result.reason
            score = result.score
            points = result.points
            stoodIn = result.stoodIn
            checks = result.checks.map(Check.init)
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(status, forKey: .status)
            try c.encode(reason, forKey: .reason)
            try c.encode(score, forKey: .score)
            try c.encode(points, forKey: .points)
            try c.encode(stoodIn, forKey: .stoodIn)
            try c.encode(checks, forKey: .checks)
        }

        enum CodingKeys: String, CodingKey { case id, status, reason, score, points, stoodIn, checks }
    }

    struct Question: Encodable {
        let id, status: String
        let reason, answer, rightAnswer: String?
        let score, points: Double
        let line: Int

        /// The key's answer is left out (null) unless `revealing`.
        init(_ result: QuestionResult, revealing: Bool) {
            id = result.id
            status = result.status.rawValue
            reason = result.reason
            answer = result.answer
            rightAnswer = revealing ? result.rightAnswer : nil
            score = result.score
            points = result.points
            line = result.line
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(status, forKey: .status)
            try c.encode(reason, forKey: .reason)
            try c.encode(score, forKey: .score)
            try c.encode(points, forKey: .points)
            try c.encode(line, forKey: .line)
            try c.encode(answer, forKey: .answer)
            try c.encode(rightAnswer, forKey: .rightAnswer)
        }

        enum CodingKeys: String, CodingKey { case id, status, reason, score, points, line, answer, rightAnswer }
    }

    struct Check: Encodable {
        let name, status, visibility: String
        let line: Int
        let weight: Double
        let message: String?
        let time: Double

        init(_ check: CheckResult) {
            time = (check.duration * 1000).rounded() / 1000
            name = check.name
            weight = check.weight
            status = check.status.rawValue
            visibility = check.hidden ? "hidden" : "visible"
            line = check.line
            message = check.message
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(status, forKey: .status)
            try c.encode(visibility, forKey: .visibility)
            try c.encode(line, forKey: .line)
            try c.encode(weight, forKey: .weight)
            try c.encode(message, forKey: .message)
            try c.encode(time, forKey: .time)
        }

        enum CodingKeys: String, CodingKey { case name, status, visibility, line, weight, message, time }
    }
}
