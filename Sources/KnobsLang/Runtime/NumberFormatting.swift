import Foundation

/// How numbers become text: whole numbers without `.0`, others in the shortest
/// form that reads back exactly (as Python prints them).
public enum NumberFormatting {
    /// The standard printed form of a number.
    public static func shortest(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        if x == x.rounded(), abs(x) < 1e16 {
            return String(Int64(x))
        }
        return "\(x)"
    }

    /// A number with a chosen precision: `fixed` digits after the point, `scientific`, or `percent`.
    public static func format(_ x: Double, _ format: NumberFormat) -> String {
        if !x.isFinite { return shortest(x) }
        switch format.style {
        case .fixed: return String(format: "%.\(format.digits)f", x)
        case .scientific: return String(format: "%.\(format.digits)e", x)
        case .percent: return String(format: "%.\(format.digits)f%%", x * 100)
        }
    }
}

extension Value {
    /// The text `print` shows: strings as they are.
    public var text: String {
        if case .string(let s) = self { return s }
        return repr
    }

    /// The text `show` and the REPL show: strings in quotes, so types are visible.
    public var repr: String {
        switch self {
        case .nil: return "nil"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return NumberFormatting.shortest(n)
        case .string(let s): return quoted(s)
        case .list(let l):
            if l.weight > 2_000 { return summarized(l) }
            return "[" + l.items.map(\.repr).joined(separator: ", ") + "]"
        case .record(let r):
            if r.weight > 2_000 { return "{" + r.keys.prefix(20).joined(separator: ", ") + ", … (\(r.keys.count) fields)}" }
            return "{" + zip(r.keys, r.values).map { "\($0): \($1.repr)" }.joined(separator: ", ") + "}"
        case .range(let lo, let hi):
            return "\(NumberFormatting.shortest(lo))..<\(NumberFormatting.shortest(hi))"
        case .function(let f): return f.description
        case .object(let o): return o.description
        }
    }

    /// A long list shows its first and last items only.
    private func summarized(_ l: ListValue) -> String {
        let head = l.items.prefix(5).map { $0.shortRepr }
        let tail = l.items.suffix(3).map { $0.shortRepr }
        if l.count <= 8 {
            return "[" + l.items.map(\.shortRepr).joined(separator: ", ") + "]"
        }
        return "[" + head.joined(separator: ", ") + ", … (\(l.count) items) …, " + tail.joined(separator: ", ") + "]"
    }

    private var shortRepr: String {
        switch self {
        case .list(let l): return l.weight > 100 ? "[… \(l.count) items]" : repr
        case .record(let r): return r.weight > 100 ? "{… \(r.keys.count) fields}" : repr
        default: return repr
        }
    }

    private func quoted(_ s: String) -> String {
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
