/// A report format as the parts a batch writes one submission at a time: a
/// part per submission as it is graded, then a head and a tail that may
/// depend on what the whole batch added up to (JUnit's totals, the JSON
/// summary). ``ReportStream`` drives it.
public protocol ReportLayout: Sendable {
    /// What comes before the first part, once every part has been made.
    func head(_ batch: ReportBatch) -> String
    /// The part of `result`, which `batch` already counts (its index is `batch.added - 1`);
    /// a layout may add totals of its own to `batch`.
    func part(_ result: GradeResult, batch: inout ReportBatch) -> String
    /// What comes after the last part.
    func tail(_ batch: ReportBatch) -> String
}

extension ReportLayout {
    /// The whole report of `results`, head, parts and tail.
    public func render(_ results: [GradeResult]) -> String {
        var stream = ReportStream(layout: self, count: results.count)
        let parts = results.map { stream.part(for: $0) }.joined()
        return stream.head + parts + stream.tail
    }
}

/// A report made one submission at a time, so that a batch of 10,000 is never
/// held at once: the caller puts each part aside as it comes, in the batch's
/// order, and sets the head before them and the tail after them at the end.
public struct ReportStream: Sendable {
    public let layout: any ReportLayout
    public private(set) var batch: ReportBatch

    /// A stream for `count` submissions.
    public init(layout: any ReportLayout, count: Int) {
        self.layout = layout
        batch = ReportBatch(count: count)
    }

    /// The part of the next submission.
    public mutating func part(for result: GradeResult) -> String {
        batch.add(result)
        return layout.part(result, batch: &batch)
    }

    /// What goes before the parts, once all are made.
    public var head: String { layout.head(batch) }
    /// What goes after the parts.
    public var tail: String { layout.tail(batch) }
}

/// What a report's head and tail need to know of a batch: how many
/// submissions it has, and the totals of the parts made so far.
public struct ReportBatch: Sendable {
    /// The submissions in the batch, known before the first is graded.
    public let count: Int
    /// The parts made so far.
    public internal(set) var added = 0
    /// Submissions with every point.
    public internal(set) var fullMarks = 0
    /// Submissions by ``SubmissionStatus`` raw value.
    public internal(set) var statuses: [String: Int] = [:]
    /// Seconds of grading, summed in the batch's order.
    public internal(set) var duration = 0.0
    /// JUnit's totals: test cases, failures and errors.
    var testCases = 0, failures = 0, errors = 0

    init(count: Int) {
        self.count = count
    }

    /// Counts `result` as the next part.
    mutating func add(_ result: GradeResult) {
        added += 1
        if result.isFullMarks { fullMarks += 1 }
        statuses[result.status.rawValue, default: 0] += 1
        duration += result.duration
    }
}
