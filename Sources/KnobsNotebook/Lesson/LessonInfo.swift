/// A lesson's front matter: who it is and what it needs.
///
/// ```yaml
/// ---
/// id: 02-line
/// title: A line has two knobs
/// summary: y = w*x + b, and what turning w and b does to it.
/// plugins: []
/// seed: 42
/// ---
/// ```
public struct LessonInfo: Sendable, Equatable {
    /// The lesson's stable name: progress is kept under it. Letters, digits, `-` and `_`.
    public var id: String
    /// The title shown in lists and headings.
    public var title: String
    /// One sentence on what the lesson teaches; may be empty.
    public var summary: String
    /// The plugins the lesson needs, by name.
    public var plugins: [String]
    /// The random seed applied before the first cell runs, if the lesson fixes one.
    public var seed: UInt64?

    public init(id: String, title: String, summary: String = "", plugins: [String] = [], seed: UInt64? = nil) {
        self.id = id
        self.title = title
        self.summary = summary
        self.plugins = plugins
        self.seed = seed
    }

    /// Whether a name can be the id of a lesson, exercise or question: letters, digits, `-` and `_`.
    public static func isValidID(_ text: some StringProtocol) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }
}
