/// Reads Markdown into blocks: the CommonMark blocks a lesson uses (headings,
/// paragraphs, nested lists, fenced and indented code, quotes, rules) and
/// GitHub's tables.
///
/// Not a full CommonMark parser: reference links, HTML blocks other than
/// comments, and some corner cases of list indentation are left out. Lines
/// that are not understood become paragraph text, so nothing is ever lost.
public enum MarkdownParser {
    /// The blocks of a document.
    public static func parse(_ text: String) -> [MarkdownBlock] {
        // "\r\n" is one Character in Swift: split at every kind of line end.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { MarkdownLine.expandingTabs(String($0)) }
        var parser = BlockParser(lines: lines)
        return parser.parse()
    }
}

/// Reads blocks from lines, one block at a time; lists and quotes parse their insides with a parser of their own.
struct BlockParser {
    let lines: [String]
    var i = 0
    var blocks: [MarkdownBlock] = []
    /// Lines of the paragraph being read.
    var paragraph: [String] = []

    init(lines: [String]) {
        self.lines = lines
    }

    mutating func parse() -> [MarkdownBlock] {
        while i < lines.count { readBlock() }
        endParagraph()
        return blocks
    }

    private mutating func readBlock() {
        let line = lines[i]
        if MarkdownLine.isBlank(line) {
            endParagraph()
            i += 1
            return
        }
        let indent = MarkdownLine.indentation(line)
        if indent >= 4 {
            if paragraph.isEmpty {
                readIndentedCode()
            } else {
                paragraph.append(line)
                i += 1
            }
            return
        }
        let content = String(line.dropFirst(indent))
        if let fence = MarkdownLine.fence(content) {
            endParagraph()
            readFencedCode(fence, indent: indent)
        } else if let (level, text) = MarkdownLine.atxHeading(content) {
            endParagraph()
            blocks.append(.heading(level: level, InlineParser.parse(text)))
            i += 1
        } else if !paragraph.isEmpty, let level = MarkdownLine.setextLevel(content) {
            blocks.append(.heading(level: level, InlineParser.parse(paragraphText)))
            paragraph = []
            i += 1
        } else if MarkdownLine.isRule(content) {
            endParagraph()
            blocks.append(.rule)
            i += 1
        } else if MarkdownLine.quoted(line) != nil {
            endParagraph()
            readQuote()
        } else if let marker = ListMarker(line), paragraph.isEmpty || marker.canInterruptParagraph {
            endParagraph()
            readList(marker)
        } else if let table = TableReader.header(at: i, in: lines) {
            endParagraph()
            readTable(table)
        } else if content.hasPrefix("<!--") {
            endParagraph()
            readComment()
        } else {
            paragraph.append(line)
            i += 1
        }
    }

    /// The paragraph's lines as one text: each line without its indentation, the last without trailing spaces.
    private var paragraphText: String {
        var text = paragraph.map { String($0.drop { $0 == " " }) }.joined(separator: "\n")
        while text.last == " " { text.removeLast() }
        return text
    }

    private mutating func endParagraph() {
        guard !paragraph.isEmpty else { return }
        blocks.append(.paragraph(InlineParser.parse(paragraphText)))
        paragraph = []
    }

    private mutating func readIndentedCode() {
        var body: [String] = []
        while i < lines.count, MarkdownLine.isBlank(lines[i]) || MarkdownLine.indentation(lines[i]) >= 4 {
            body.append(String(lines[i].dropFirst(min(4, MarkdownLine.indentation(lines[i])))))
            i += 1
        }
        while body.last.map(MarkdownLine.isBlank) == true { body.removeLast() }
        blocks.append(.code(info: "", text: body.joined(separator: "\n")))
    }

    private mutating func readFencedCode(_ fence: MarkdownLine.Fence, indent: Int) {
        i += 1
        var body: [String] = []
        while i < lines.count {
            let line = lines[i]
            i += 1
            if fence.isClosed(by: line) { break }
            body.append(String(line.dropFirst(min(indent, MarkdownLine.indentation(line)))))
        }
        blocks.append(.code(info: fence.info, text: body.joined(separator: "\n")))
    }

    private mutating func readQuote() {
        var inner: [String] = []
        while i < lines.count {
            if let content = MarkdownLine.quoted(lines[i]) {
                inner.append(content)
            } else if !MarkdownLine.isBlank(lines[i]), let last = inner.last, !MarkdownLine.isBlank(last), !MarkdownLine.startsBlock(lines[i]) {
                inner.append(lines[i])  // a lazy continuation of the quoted paragraph
            } else {
                break
            }
            i += 1
        }
        var parser = BlockParser(lines: inner)
        blocks.append(.quote(parser.parse()))
    }

    private mutating func readComment() {
        var text: [String] = []
        while i < lines.count {
            text.append(lines[i])
            i += 1
            if text.last?.contains("-->") == true { break }
        }
        blocks.append(.comment(text.joined(separator: "\n")))
    }

    private mutating func readTable(_ header: TableReader.Header) {
        i += 2
        var rows: [[String]] = []
        while i < lines.count, !MarkdownLine.isBlank(lines[i]), lines[i].contains("|"), !MarkdownLine.startsBlock(lines[i]) {
            rows.append(TableReader.cells(lines[i]))
            i += 1
        }
        blocks.append(.table(TableReader.table(header, rows: rows)))
    }

    /// Reads the items of one list; each item's lines are parsed as blocks of their own.
    private mutating func readList(_ first: ListMarker) {
        var items: [[MarkdownBlock]] = []
        var tight = true
        var marker = first
        while true {
            var itemLines = [marker.content]
            i += 1
            while i < lines.count {
                let line = lines[i]
                if MarkdownLine.isBlank(line) {
                    itemLines.append("")
                } else if MarkdownLine.indentation(line) >= marker.contentColumn {
                    itemLines.append(String(line.dropFirst(marker.contentColumn)))
                } else if let last = itemLines.last, !MarkdownLine.isBlank(last), !MarkdownLine.startsBlock(line) {
                    itemLines.append(String(line.drop { $0 == " " }))  // a lazy continuation
                } else {
                    break
                }
                i += 1
            }
            var trailingBlanks = 0
            while itemLines.count > 1, itemLines.last.map(MarkdownLine.isBlank) == true {
                itemLines.removeLast()
                trailingBlanks += 1
            }
            var parser = BlockParser(lines: itemLines)
            let item = parser.parse()
            if item.count > 1, itemLines.contains(where: MarkdownLine.isBlank) { tight = false }
            items.append(item)
            guard i < lines.count, let next = ListMarker(lines[i]), next.continues(first) else { break }
            if trailingBlanks > 0 { tight = false }
            marker = next
        }
        blocks.append(.list(MarkdownList(ordered: first.ordered, start: first.number, tight: tight, items: items)))
    }
}
