/// A block of a Markdown document: what ``MarkdownParser`` makes and ``MarkdownRenderer`` draws.
public indirect enum MarkdownBlock: Equatable, Sendable {
    /// `# Title` (levels 1–6), or a line underlined with `===` or `---`.
    case heading(level: Int, [MarkdownInline])
    case paragraph([MarkdownInline])
    /// Items of `-`, `*`, `+` or `1.` lines; each item holds blocks of its own.
    case list(MarkdownList)
    /// A fenced (```` ``` ````, `~~~`) or indented code block; `info` is the text after the opening fence.
    case code(info: String, text: String)
    /// Lines that start with `>`.
    case quote([MarkdownBlock])
    /// `---`, `***` or `___` on a line of their own.
    case rule
    /// A GitHub table: a header row, a row of dashes, then rows of cells.
    case table(MarkdownTable)
    /// An HTML comment (`<!-- … -->`): kept so nothing is lost, never shown.
    case comment(String)
}

/// A list: numbered or not, where it starts, and its items.
public struct MarkdownList: Equatable, Sendable {
    /// Whether the items are numbered (`1.`, `2)`).
    public var ordered: Bool
    /// The number of the first item of a numbered list.
    public var start: Int
    /// A tight list has no blank lines between or inside its items.
    public var tight: Bool
    public var items: [[MarkdownBlock]]

    public init(ordered: Bool, start: Int, tight: Bool, items: [[MarkdownBlock]]) {
        self.ordered = ordered
        self.start = start
        self.tight = tight
        self.items = items
    }
}

/// A table: alignment per column, a header row and body rows of cells.
public struct MarkdownTable: Equatable, Sendable {
    /// How a column's cells sit in it: `:--` left, `:-:` centre, `--:` right.
    public enum Alignment: Equatable, Sendable {
        case left, center, right
    }

    public var alignments: [Alignment]
    public var header: [[MarkdownInline]]
    /// Every row has as many cells as the header (missing cells are empty, extra ones dropped).
    public var rows: [[[MarkdownInline]]]

    public init(alignments: [Alignment], header: [[MarkdownInline]], rows: [[[MarkdownInline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }
}

/// Text inside a block: plain, emphasised, code, links.
public indirect enum MarkdownInline: Equatable, Sendable {
    case text(String)
    /// `*text*` or `_text_`.
    case emphasis([MarkdownInline])
    /// `**text**` or `__text__`.
    case strong([MarkdownInline])
    /// `` `code` ``.
    case code(String)
    /// `[text](address)` or `<address>`.
    case link([MarkdownInline], destination: String)
    /// `![description](address)`.
    case image(alt: String, source: String)
    /// A line ended by two spaces or a backslash: the line breaks here.
    case lineBreak
    /// An ordinary end of line inside a paragraph: a space.
    case softBreak
}
