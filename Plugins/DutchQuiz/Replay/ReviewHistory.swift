import Foundation
import KnobsPluginAPI

/// One review read from a history: which card, when, and how it went.
public struct ReviewRecord: Equatable, Sendable {
    /// The card's id, as the history names it.
    public var cardID: String
    /// When the review happened.
    public var reviewedAt: Date
    /// How it went.
    public var rating: Rating
    /// The line of the history it came from (1-based).
    public var line: Int

    /// A review record.
    public init(cardID: String, reviewedAt: Date, rating: Rating, line: Int) {
        self.cardID = cardID
        self.reviewedAt = reviewedAt
        self.rating = rating
        self.line = line
    }
}

/// A review history: the reviews of any number of cards, in the order they were written.
///
/// The file is CSV with a header line naming the columns `card_id`,
/// `review_time` and `rating` (in any order, any case; other columns are ignored):
///
/// ```
/// card_id,review_time,rating
/// gewicht,2024-03-01T09:00:00Z,3
/// "idee, het",2024-03-01T10:00:00+01:00,4
/// ```
///
/// Review times are ISO 8601 with a time zone (`Z` or an offset) and at most six
/// fractional digits; ratings are 1 (again), 2 (hard), 3 (good) or 4 (easy).
/// Blank lines are skipped. Each card's reviews must be in time order; reviews of
/// different cards may interleave.
public struct ReviewHistory: Sendable {
    /// The columns a history must have.
    public static let requiredColumns = ["card_id", "review_time", "rating"]
    /// At most this many problems are reported from one file.
    static let problemLimit = 20

    /// The name the history was read under, as shown in diagnostics.
    public var name: String
    /// The reviews, in file order.
    public var reviews: [ReviewRecord]

    /// A history made of `reviews`.
    public init(name: String, reviews: [ReviewRecord]) {
        self.name = name
        self.reviews = reviews
    }

    /// Reads a review history from CSV text.
    ///
    /// - Parameters:
    ///   - text: the whole file.
    ///   - name: the file's name, for diagnostics (`log.csv:4:9`).
    /// - Returns: every review, in file order.
    /// - Throws: every malformed line (up to 20), each with its line, column and a hint.
    public static func parse(text: String, name: String) throws(DiagnosticList) -> ReviewHistory {
        var reader = ReviewHistoryReader(source: SourceFile(name: name, text: text))
        reader.read()
        guard reader.problems.isEmpty else { throw DiagnosticList(reader.problems) }
        return ReviewHistory(name: name, reviews: reader.reviews)
    }
}

/// Reads the lines of a history, collecting its reviews and its problems.
private struct ReviewHistoryReader {
    let source: SourceFile
    var reviews: [ReviewRecord] = []
    var problems: [Diagnostic] = []
    /// For each card, its latest review time and line, to check the order.
    private var latest: [String: (microseconds: Int64, line: Int)] = [:]
    private var columns: [String: Int] = [:]
    private var columnCount = 0

    init(source: SourceFile) {
        self.source = source
    }

    mutating func read() {
        let bytes = source.bytes
        var lineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var lineNumber = 1
        var sawHeader = false
        while lineStart <= bytes.count, problems.count < ReviewHistory.problemLimit {
            var lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let next = lineEnd + 1
            if lineEnd > lineStart, bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            let line = bytes[lineStart..<lineEnd]
            if !line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
                do {
                    let fields = try CSVLine(line, offset: lineStart).fields
                    if sawHeader {
                        readReview(fields, line: lineNumber, start: lineStart, end: lineEnd)
                    } else {
                        sawHeader = true
                        readHeader(fields, start: lineStart, end: lineEnd)
                    }
                } catch {
                    problem("this quote is never closed", at: error.offset, error.offset + 1,
                            hint: "a field in quotes ends with a quote on the same line; write a quote inside it as \"\"")
                }
            }
            lineStart = next
            lineNumber += 1
        }
        if !sawHeader && problems.isEmpty {
            problem("the review history is empty", at: 0, 0,
                    hint: "the first line names the columns: \(ReviewHistory.requiredColumns.joined(separator: ","))")
        }
        if problems.count == ReviewHistory.problemLimit {
            problems[problems.count - 1].notes.append("further problems are not shown")
        }
    }

    private mutating func readHeader(_ fields: [CSVLine.Field], start: Int, end: Int) {
        columnCount = fields.count
        for (index, field) in fields.enumerated() {
            let name = field.text.lowercased()
            if columns[name] != nil, ReviewHistory.requiredColumns.contains(name) {
                problem("the column '\(name)' is named twice", at: field.start, field.end, hint: "keep one '\(name)' column")
            }
            columns[name] = columns[name] ?? index
        }
        let missing = ReviewHistory.requiredColumns.filter { columns[$0] == nil }
        if !missing.isEmpty {
            let names = missing.map { "'\($0)'" }.joined(separator: " and ")
            problem("the header has no \(names) column", at: start, end,
                    hint: "the first line names the columns: \(ReviewHistory.requiredColumns.joined(separator: ","))")
        }
    }

    private mutating func readReview(_ fields: [CSVLine.Field], line: Int, start: Int, end: Int) {
        guard let cardColumn = columns["card_id"], let timeColumn = columns["review_time"], let ratingColumn = columns["rating"] else {
            return  // the header's problem is reported; its rows cannot be read
        }
        guard fields.count == columnCount else {
            problem("expected \(columnCount) fields as in the header, found \(fields.count)", at: start, end,
                    hint: "put a card id that contains a comma in double quotes: \"idee, het\"")
            return
        }
        let card = fields[cardColumn], time = fields[timeColumn], ratingField = fields[ratingColumn]
        var valid = true
        if card.text.trimmingCharacters(in: .whitespaces).isEmpty {
            problem("the card id is empty", at: card.start, card.end, hint: "every review names its card")
            valid = false
        }
        var microseconds: Int64 = 0
        switch UTCTimestamp.parse(time.text) {
        case let .success(value): microseconds = value
        case let .failure(reason):
            problem("bad review time: \(reason.message)", at: time.start, time.end,
                    hint: "write an ISO 8601 time with a time zone, such as \(UTCTimestamp.example) or 2024-03-01T10:00:00+01:00")
            valid = false
        }
        let rating = Int(ratingField.text).flatMap(Rating.init(rawValue:))
        if rating == nil {
            problem("bad rating '\(ratingField.text)'", at: ratingField.start, ratingField.end,
                    hint: "a rating is 1 (again), 2 (hard), 3 (good) or 4 (easy)")
            valid = false
        }
        guard valid, let rating else { return }
        if let previous = latest[card.text], previous.microseconds > microseconds {
            problem("this review of '\(card.text)' is earlier than its review on line \(previous.line)", at: time.start, time.end,
                    hint: "list each card's reviews in time order")
            return
        }
        latest[card.text] = (microseconds, line)
        reviews.append(ReviewRecord(cardID: card.text, reviewedAt: Date(microsecondsSince1970: microseconds), rating: rating, line: line))
    }

    private mutating func problem(_ message: String, at start: Int, _ end: Int, hint: String) {
        guard problems.count < ReviewHistory.problemLimit else { return }
        problems.append(Diagnostic(.syntax, message, source: source, range: SourceRange(start, end), hint: hint))
    }
}
