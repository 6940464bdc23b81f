/// A fence that opens a fenced code block in Markdown: three or more backticks or tildes.
///
/// As in CommonMark: up to three spaces before it; a closing fence uses the
/// same character, at least as many times, and nothing else but spaces; a
/// backtick fence's info string holds no backtick.
struct Fence {
    let character: Character
    let length: Int
    /// The info string after the fence, trimmed: `knobs exercise id=step`.
    let info: Substring

    /// The fence this line opens, if it opens one.
    init?(opening line: Substring) {
        let indent = line.prefix { $0 == " " }
        guard indent.count <= 3 else { return nil }
        let rest = line[indent.endIndex...]
        guard let first = rest.first, first == "`" || first == "~" else { return nil }
        let run = rest.prefix { $0 == first }
        guard run.count >= 3 else { return nil }
        let info = rest[run.endIndex...]
        if first == "`", info.utf8.contains(UInt8(ascii: "`")) { return nil }
        character = first
        length = run.count
        self.info = info.trimmingWhitespace()
    }

    /// Whether `line` closes this fence.
    func isClosed(by line: Substring) -> Bool {
        let indent = line.prefix { $0 == " " }
        guard indent.count <= 3 else { return false }
        let rest = line[indent.endIndex...]
        let run = rest.prefix { $0 == character }
        return run.count >= length && rest[run.endIndex...].allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Whether the info string's first word is `knobs`: a lesson cell rather than an example.
    var isKnobsCell: Bool {
        info.split(whereSeparator: \.isWhitespace).first == "knobs"
    }
}

extension Substring {
    /// Without spaces and tabs at either end.
    func trimmingWhitespace() -> Substring {
        let start = firstIndex { $0 != " " && $0 != "\t" } ?? endIndex
        let end = self[start...].lastIndex { $0 != " " && $0 != "\t" }.map { index(after: $0) } ?? start
        return self[start..<end]
    }
}
