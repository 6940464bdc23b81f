extension Value {
    /// The text `print` and `str` give: strings as they are, everything else as ``repr``.
    public var text: String {
        if case .string(let s) = self { return s }
        return repr
    }

    /// The full text of a value, strings in quotes: `[1, "a", {lr: 0.1}]`.
    public var repr: String {
        var writer = TextWriter(limit: .max)
        writer.write(self, quoted: true)
        return writer.out
    }

    /// At most about `limit` bytes of the value's text, and whether it is complete.
    func render(quoted: Bool, limit: Int) -> (text: String, complete: Bool) {
        // The common cases of interpolation ("k{i}"), without a writer.
        switch self {
        case .number(let n):
            let text = NumberFormatting.shortest(n)
            return (text, text.utf8.count <= limit)
        case .string(let s) where !quoted:
            return (s, s.utf8.count <= limit)
        default:
            break
        }
        var writer = TextWriter(limit: limit)
        writer.write(self, quoted: quoted)
        return (writer.out, !writer.overflowed)
    }

    /// A short form for messages and for echoing a result: long lists show their
    /// first and last items, as NumPy does, and long strings are cut.
    public var summary: String {
        switch self {
        case .list(let l) where l.count > 50 || l.weight > 1_000:
            if l.count <= 15 { return "[" + l.items.map(\.brief).joined(separator: ", ") + "]" }
            let head = l.items.prefix(10).map(\.brief)
            let tail = l.items.suffix(5).map(\.brief)
            return "[" + head.joined(separator: ", ") + ", … (\(l.count) items) …, " + tail.joined(separator: ", ") + "]"
        case .record(let r) where r.weight > 1_000:
            let shown = zip(r.keys, r.values).prefix(15).map { "\($0): \($1.brief)" }
            return "{" + shown.joined(separator: ", ") + (r.keys.count > 15 ? ", … (\(r.keys.count) fields)}" : "}")
        case .string(let s) where s.count > 200:
            return Value.string(String(s.prefix(200))).repr.dropLast() + "…\" (\(s.count) characters)"
        default:
            return repr
        }
    }

    /// A value inside a summary: big nested values shrink to their size.
    private var brief: String {
        switch self {
        case .list(let l) where l.weight > 50: return "[… \(l.count) items]"
        case .record(let r) where r.weight > 50: return "{… \(r.keys.count) fields}"
        case .string(let s) where s.count > 40: return Value.string(String(s.prefix(40))).repr.dropLast() + "…\""
        default: return repr
        }
    }
}

/// Builds the text of a value, stopping once it passes a size.
struct TextWriter {
    private(set) var out = ""
    let limit: Int
    private(set) var overflowed = false

    init(limit: Int) {
        self.limit = limit
    }

    mutating func write(_ value: Value, quoted: Bool) {
        guard !overflowed else { return }
        switch value {
        case .nil: append("nil")
        case .bool(let b): append(b ? "true" : "false")
        case .number(let n): append(NumberFormatting.shortest(n))
        case .string(let s): append(quoted ? TextWriter.quoted(s) : s)
        case .list(let l):
            append("[")
            for (i, item) in l.items.enumerated() {
                if i > 0 { append(", ") }
                write(item, quoted: true)
                if overflowed { return }
            }
            append("]")
        case .record(let r):
            append("{")
            for (i, (key, item)) in zip(r.keys, r.values).enumerated() {
                if i > 0 { append(", ") }
                append(key + ": ")
                write(item, quoted: true)
                if overflowed { return }
            }
            append("}")
        case .range(let lo, let hi):
            append("\(NumberFormatting.shortest(lo))..<\(NumberFormatting.shortest(hi))")
        case .function(let f): append(f.description)
        case .object(let o): append(o.description)
        }
    }

    private mutating func append(_ text: String) {
        out += text
        if out.utf8.count > limit { overflowed = true }
    }

    /// A string in double quotes, with quotes, backslashes, braces and control characters escaped.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "{": out += "\\{"
            case "}": out += "\\}"
            default:
                if scalar.properties.generalCategory == .control {
                    out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
