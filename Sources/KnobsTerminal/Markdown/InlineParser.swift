import Foundation

/// Reads the text inside a block: code spans, links, images, autolinks,
/// backslash escapes, a few entities, line breaks, and emphasis by
/// CommonMark's rules for `*` and `_` (so `snake_case_names` stay plain).
enum InlineParser {
    static func parse(_ text: String) -> [MarkdownInline] {
        var scanner = InlineScanner(Array(text))
        return EmphasisResolver.resolve(scanner.scan())
    }
}

/// A piece of inline text before emphasis is resolved.
enum InlineNode {
    case text(String)
    case inline(MarkdownInline)
    case delimiter(Delimiter)
}

/// A run of `*` or `_` that may open or close emphasis.
struct Delimiter {
    var mark: Character
    var count: Int
    let originalCount: Int
    let canOpen: Bool
    let canClose: Bool
}

/// Walks the characters once, turning them into nodes.
struct InlineScanner {
    let chars: [Character]
    var p = 0
    var nodes: [InlineNode] = []
    var buffer = ""

    init(_ chars: [Character]) {
        self.chars = chars
    }

    mutating func scan() -> [InlineNode] {
        while p < chars.count {
            let c = chars[p]
            switch c {
            case "\\": escape()
            case "`": codeSpan()
            case "*", "_": delimiterRun(c)
            case "!" where p + 1 < chars.count && chars[p + 1] == "[":
                if !link(image: true) { literal("!") }
            case "[":
                if !link(image: false) { literal("[") }
            case "<":
                if !autolink() { literal("<") }
            case "&":
                if !entity() { literal("&") }
            case "\n": lineEnd()
            default: literal(c)
            }
        }
        flush()
        return nodes
    }

    private mutating func literal(_ c: Character) {
        buffer.append(c)
        p += 1
    }

    private mutating func flush() {
        if !buffer.isEmpty { nodes.append(.text(buffer)) }
        buffer = ""
    }

    private mutating func emit(_ node: InlineNode) {
        flush()
        nodes.append(node)
    }

    private mutating func escape() {
        guard p + 1 < chars.count else { return literal("\\") }
        let next = chars[p + 1]
        if next == "\n" {
            emit(.inline(.lineBreak))
            p += 2
        } else if next.isASCII, next.isPunctuation || next.isSymbol {
            buffer.append(next)
            p += 2
        } else {
            literal("\\")
        }
    }

    /// Two or more spaces before the end of a line break it; otherwise the end of a line is a space.
    private mutating func lineEnd() {
        var spaces = 0
        while buffer.last == " " {
            buffer.removeLast()
            spaces += 1
        }
        emit(.inline(spaces >= 2 ? .lineBreak : .softBreak))
        p += 1
    }

    /// The characters in `range`, appended one by one: `String(_:)` of an array slice asks the
    /// Swift runtime at its first use, at every start, to search its protocol conformances.
    private func text(_ range: Range<Int>) -> String {
        var text = ""
        for index in range { text.append(chars[index]) }
        return text
    }

    private mutating func codeSpan() {
        let run = runLength(at: p, of: "`")
        var q = p + run
        while q < chars.count {
            if chars[q] == "`" {
                let closing = runLength(at: q, of: "`")
                if closing == run {
                    var code = text((p + run)..<q).replacingNewlines
                    if code.count >= 2, code.first == " ", code.last == " ", code.contains(where: { $0 != " " }) {
                        code = String(code.dropFirst().dropLast())
                    }
                    emit(.inline(.code(code)))
                    p = q + run
                    return
                }
                q += closing
            } else {
                q += 1
            }
        }
        buffer += String(repeating: "`", count: run)
        p += run
    }

    private mutating func delimiterRun(_ mark: Character) {
        let count = runLength(at: p, of: mark)
        let before = p > 0 ? chars[p - 1] : " "
        let after = p + count < chars.count ? chars[p + count] : " "
        let leftFlanking = !after.isWhitespace && (!after.isMarkdownPunctuation || before.isWhitespace || before.isMarkdownPunctuation)
        let rightFlanking = !before.isWhitespace && (!before.isMarkdownPunctuation || after.isWhitespace || after.isMarkdownPunctuation)
        let canOpen = mark == "*" ? leftFlanking : leftFlanking && (!rightFlanking || before.isMarkdownPunctuation)
        let canClose = mark == "*" ? rightFlanking : rightFlanking && (!leftFlanking || after.isMarkdownPunctuation)
        emit(.delimiter(Delimiter(mark: mark, count: count, originalCount: count, canOpen: canOpen, canClose: canClose)))
        p += count
    }

    /// `[text](address "title")` or `![alt](address)`; false (nothing consumed) when it is not one.
    private mutating func link(image: Bool) -> Bool {
        let open = image ? p + 1 : p
        guard let close = closingBracket(from: open), close + 1 < chars.count, chars[close + 1] == "(" else { return false }
        guard let (destination, end) = destination(from: close + 2) else { return false }
        let inner = text((open + 1)..<close)
        if image {
            emit(.inline(.image(alt: InlineParser.parse(inner).plainText, source: destination)))
        } else {
            emit(.inline(.link(InlineParser.parse(inner), destination: destination)))
        }
        p = end
        return true
    }

    /// The `]` that matches the `[` at `open`, skipping escapes, code spans and nested brackets.
    private func closingBracket(from open: Int) -> Int? {
        var depth = 0
        var q = open
        while q < chars.count {
            switch chars[q] {
            case "\\": q += 1
            case "`":
                let run = runLength(at: q, of: "`")
                q += run - 1
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return q }
            default: break
            }
            q += 1
        }
        return nil
    }

    /// The address and optional title inside `( … )` from `start`; the index after `)`.
    private func destination(from start: Int) -> (String, Int)? {
        var q = start
        while q < chars.count, chars[q] == " " || chars[q] == "\n" { q += 1 }
        var address = ""
        if q < chars.count, chars[q] == "<" {
            q += 1
            while q < chars.count, chars[q] != ">" {
                if chars[q] == "\n" { return nil }
                address.append(chars[q])
                q += 1
            }
            guard q < chars.count else { return nil }
            q += 1
        } else {
            var depth = 0
            while q < chars.count, !chars[q].isWhitespace {
                if chars[q] == "(" { depth += 1 }
                if chars[q] == ")" {
                    if depth == 0 { break }
                    depth -= 1
                }
                if chars[q] == "\\", q + 1 < chars.count, chars[q + 1].isPunctuation { q += 1 }
                address.append(chars[q])
                q += 1
            }
        }
        while q < chars.count, chars[q] == " " || chars[q] == "\n" { q += 1 }
        if q < chars.count, let closer = ["\"": "\"", "'": "'", "(": ")"][chars[q]] {
            q += 1
            while q < chars.count, chars[q] != Character(closer) { q += 1 }
            q += 1
            while q < chars.count, chars[q] == " " || chars[q] == "\n" { q += 1 }
        }
        guard q < chars.count, chars[q] == ")" else { return nil }
        return (address, q + 1)
    }

    /// `<https://example.org>` or `<someone@example.org>`.
    private mutating func autolink() -> Bool {
        guard let close = chars[p...].firstIndex(of: ">") else { return false }
        let inside = text((p + 1)..<close)
        guard !inside.contains(" "), !inside.contains("<"), !inside.isEmpty else { return false }
        let isURL = inside.range(of: "^[A-Za-z][A-Za-z0-9+.-]{1,31}:", options: .regularExpression) != nil
        let isEmail = inside.range(of: "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", options: .regularExpression) != nil
        guard isURL || isEmail else { return false }
        emit(.inline(.link([.text(inside)], destination: isEmail ? "mailto:" + inside : inside)))
        p = close + 1
        return true
    }

    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "copy": "©", "mdash": "—", "ndash": "–",
        "hellip": "…", "times": "×", "rarr": "→", "larr": "←",
    ]

    /// `&amp;`, `&#955;`, `&#x3BB;`.
    private mutating func entity() -> Bool {
        guard let semicolon = chars[p...].prefix(12).firstIndex(of: ";") else { return false }
        let name = text((p + 1)..<semicolon)
        var replacement: String?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
        } else if name.hasPrefix("#") {
            replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
        } else {
            replacement = InlineScanner.namedEntities[name]
        }
        guard let replacement else { return false }
        buffer += replacement
        p = semicolon + 1
        return true
    }

    private func runLength(at start: Int, of mark: Character) -> Int {
        var q = start
        while q < chars.count, chars[q] == mark { q += 1 }
        return q - start
    }
}

extension Character {
    /// Punctuation as CommonMark counts it for emphasis: Unicode punctuation and symbols.
    var isMarkdownPunctuation: Bool { isPunctuation || isSymbol }
}

extension String {
    /// Newlines as spaces (inside a code span).
    var replacingNewlines: String {
        var text = ""
        for character in self { text.append(character == "\n" ? " " : character) }
        return text
    }
}

extension [MarkdownInline] {
    /// The text alone, without emphasis or addresses.
    var plainText: String {
        map { inline in
            switch inline {
            case .text(let text), .code(let text): return text
            case .emphasis(let inner), .strong(let inner), .link(let inner, _): return inner.plainText
            case .image(let alt, _): return alt
            case .lineBreak, .softBreak: return " "
            }
        }.joined()
    }
}
