import Foundation
import KnobsEngine

/// How a tensor prints, NumPy-style: nested brackets, one row per line, numbers
/// rounded to four decimals and aligned in columns; big tensors show their
/// first and last three entries along each dimension, and the shape.
enum TensorFormatter {
    /// Above this many values a tensor prints in summary.
    static let summaryThreshold = 1000
    /// Entries shown at each end of a summarised dimension.
    static let edgeItems = 3

    static func describe(_ tensor: Tensor) -> String {
        let name = tensor.isParameter ? "param" : "tensor"
        let summarised = tensor.count > summaryThreshold
        let texts = numberTexts(tensor.values)
        let width = texts.map(\.count).max() ?? 0
        var body = ""
        let indent = String(repeating: " ", count: name.count + 1)
        write(tensor.shape, offset: 0, axis: 0, texts: texts, width: width, summarised: summarised, indent: indent, into: &body)
        let showShape = tensor.rank >= 2 || summarised
        return "\(name)(\(body)\(showShape ? ", shape: \(Shape.describe(tensor.shape))" : ""))"
    }

    /// Appends the entries of dimension `axis` starting at flat `offset`.
    private static func write(
        _ shape: [Int], offset: Int, axis: Int, texts: [String], width: Int, summarised: Bool, indent: String, into out: inout String
    ) {
        guard axis < shape.count else {
            out += pad(texts[offset], width)
            return
        }
        let length = shape[axis]
        let stride = shape[(axis + 1)...].reduce(1, *)
        let cut = summarised && length > 2 * edgeItems
        let shown = cut ? Array(0..<edgeItems) + [-1] + Array((length - edgeItems)..<length) : Array(0..<length)
        let last = axis == shape.count - 1
        let separator = last ? ", " : "," + String(repeating: "\n", count: shape.count - axis - 1) + indent + String(repeating: " ", count: axis + 1)
        out += "["
        for (position, index) in shown.enumerated() {
            if position > 0 { out += separator }
            if index < 0 {
                out += "..."
                continue
            }
            write(shape, offset: offset + index * stride, axis: axis + 1, texts: texts, width: width, summarised: summarised, indent: indent, into: &out)
        }
        out += "]"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// Every value as text in one common style: whole numbers plainly, others
    /// with up to four decimals (trailing zeros trimmed alike), or in scientific
    /// notation when the magnitudes call for it: as NumPy, when the largest is
    /// 1e8 or more, the smallest below 1e-4, or the two more than 1000 times
    /// apart (four decimals would show the small ones as 0.0001 or 0).
    /// Zero prints without a sign.
    static func numberTexts(_ values: [Double]) -> [String] {
        let values = values.map { $0 == 0 ? 0 : $0 }
        let finite = values.filter(\.isFinite)
        if finite.allSatisfy({ $0 == $0.rounded() && abs($0) < 1e16 }) {
            return values.map(NumberFormatting.shortest)
        }
        let largest = finite.map(abs).max() ?? 0
        let smallest = finite.filter { $0 != 0 }.map(abs).min() ?? 1
        if largest >= 1e8 || smallest < 1e-4 || largest > 1000 * smallest {
            return values.map { $0.isFinite ? String(format: "%.4e", $0) : NumberFormatting.shortest($0) }
        }
        var texts = values.map { $0.isFinite ? String(format: "%.4f", $0) : NumberFormatting.shortest($0) }
        let trailingZeros = texts.filter { $0.contains(".") }.map { text in
            min(3, text.reversed().prefix { $0 == "0" }.count)
        }.min() ?? 0
        if trailingZeros > 0 {
            texts = texts.map { $0.contains(".") ? String($0.dropLast(trailingZeros)) : $0 }
        }
        // A tiny negative number rounded to zero shows no sign either.
        return texts.map { $0.hasPrefix("-") && $0.allSatisfy({ "-0.".contains($0) }) ? String($0.dropFirst()) : $0 }
    }
}
