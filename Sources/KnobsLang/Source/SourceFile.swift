/// A program text with its name, as shown in diagnostics (`lesson.md`, `<eval>`, `<stdin>`).
///
/// Offsets are UTF-8 byte offsets into ``text``; lines and columns are 1-based,
/// columns counted in Unicode scalars so that a caret lines up under the
/// character a person sees.
public final class SourceFile: Sendable {
    /// The name shown in `name:line:col`.
    public let name: String
    /// The whole text.
    public let text: String
    /// The text as UTF-8 bytes, which the lexer reads.
    public let bytes: [UInt8]
    /// Added to every line number: a code cell that starts on line 40 of a lesson says so.
    public let lineOffset: Int
    private let lineStarts: [Int]

    /// Creates a source from a name and its text.
    public init(name: String, text: String, lineOffset: Int = 0) {
        self.name = name
        self.text = text
        self.lineOffset = lineOffset
        let bytes = Array(text.utf8)
        self.bytes = bytes
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") {
            starts.append(i + 1)
        }
        self.lineStarts = starts
    }

    /// The 1-based line and column of a byte offset.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, bytes.count))
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= clamped { lo = mid } else { hi = mid - 1 }
        }
        let start = lineStarts[lo]
        let column = scalarCount(from: start, to: clamped) + 1
        return SourceLocation(line: lo + 1 + lineOffset, column: column)
    }

    /// The text of a 1-based line (as numbered in this file, without ``lineOffset``), without its newline.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// The text between two byte offsets.
    public func slice(_ range: SourceRange) -> String {
        let lo = max(0, min(range.start, bytes.count))
        let hi = max(lo, min(range.end, bytes.count))
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    private func scalarCount(from start: Int, to end: Int) -> Int {
        var count = 0
        var i = start
        while i < end {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}

/// A 1-based line and column.
public struct SourceLocation: Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}

/// A half-open range of UTF-8 byte offsets in one ``SourceFile``.
public struct SourceRange: Equatable, Sendable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(min(start, other.start), max(end, other.end))
    }
}
