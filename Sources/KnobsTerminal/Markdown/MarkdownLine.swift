/// Questions about one line of Markdown: its indentation, and which block it would start.
enum MarkdownLine {
    static func isBlank(_ line: String) -> Bool {
        line.allSatisfy { $0 == " " }
    }

    static func indentation(_ line: String) -> Int {
        line.prefix { $0 == " " }.count
    }

    /// Tabs as spaces to the next multiple of four, as CommonMark counts them.
    static func expandingTabs(_ line: String) -> String {
        // A tab is a character of its own, so its byte tells; Foundation's contains would search through NSString.
        guard line.utf8.contains(UInt8(ascii: "\t")) else { return line }
        var out = ""
        var column = 0
        for character in line {
            if character == "\t" {
                let spaces = 4 - column % 4
                out += String(repeating: " ", count: spaces)
                column += spaces
            } else {
                out.append(character)
                column += 1
            }
        }
        return out
    }

    /// An opening code fence: three or more backticks or tildes, and an info string.
    struct Fence {
        var mark: Character
        var length: Int
        var info: String

        /// Whether `line` closes this fence: the same mark, at least as many, nothing after.
        func isClosed(by line: String) -> Bool {
            let indent = MarkdownLine.indentation(line)
            guard indent <= 3 else { return false }
            let rest = line.dropFirst(indent)
            let run = rest.prefix { $0 == mark }.count
            return run >= length && rest.dropFirst(run).allSatisfy { $0 == " " }
        }
    }

    static func fence(_ content: String) -> Fence? {
        guard let mark = content.first, mark == "`" || mark == "~" else { return nil }
        let length = content.prefix { $0 == mark }.count
        guard length >= 3 else { return nil }
        let info = content.dropFirst(length).trimmingSpaces
        if mark == "`", info.contains("`") { return nil }
        return Fence(mark: mark, length: length, info: info)
    }

    /// `## Title ##` → (2, "Title").
    static func atxHeading(_ content: String) -> (Int, String)? {
        let level = content.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        let rest = content.dropFirst(level)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = rest.trimmingSpaces
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing > 0 {
            let before = text.dropLast(closing)
            if before.isEmpty || before.last == " " { text = before.trimmingSpaces }
        }
        return (level, text)
    }

    /// `===` under a paragraph makes it a heading of level 1, `---` one of level 2.
    static func setextLevel(_ content: String) -> Int? {
        let trimmed = content.trimmingSpaces
        guard let mark = trimmed.first, mark == "=" || mark == "-", trimmed.allSatisfy({ $0 == mark }) else { return nil }
        return mark == "=" ? 1 : 2
    }

    /// `---`, `***`, `___` (three or more, spaces allowed between).
    static func isRule(_ content: String) -> Bool {
        // Most lines are text: their first mark says so before the whole line is copied without its spaces.
        guard let first = content.first(where: { $0 != " " }), "-*_".contains(first) else { return false }
        let marks = content.filter { $0 != " " }
        guard let mark = marks.first, "-*_".contains(mark), marks.count >= 3 else { return false }
        return marks.allSatisfy { $0 == mark }
    }

    /// The text after `>` (and one space) when the line is quoted.
    static func quoted(_ line: String) -> String? {
        let indent = indentation(line)
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard rest.first == ">" else { return nil }
        let after = rest.dropFirst()
        return String(after.first == " " ? after.dropFirst() : after)
    }

    /// Whether the line starts a block that ends a paragraph (so it cannot continue one lazily).
    static func startsBlock(_ line: String) -> Bool {
        let indent = indentation(line)
        guard indent <= 3 else { return false }
        let content = String(line.dropFirst(indent))
        return fence(content) != nil || atxHeading(content) != nil || isRule(content) || quoted(line) != nil
            || ListMarker(line) != nil || content.hasPrefix("<!--")
    }
}

extension StringProtocol {
    /// Without spaces at either end.
    var trimmingSpaces: String {
        let start = firstIndex { $0 != " " } ?? endIndex
        let end = lastIndex { $0 != " " }.map { index(after: $0) } ?? start
        return start < end ? String(self[start..<end]) : ""
    }
}
