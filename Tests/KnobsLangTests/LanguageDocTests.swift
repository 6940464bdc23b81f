import Foundation
import Testing
@testable import KnobsLang

/// Runs every example of `docs/LANGUAGE.md`, so the language reference cannot drift from the language.
///
/// The conventions (stated again in a comment at the top of the document):
/// a fenced block with the info string `knobs` is an example, run in a fresh
/// interpreter. When the next fenced block (blank lines between are fine) is
/// an `output` block, what the program printed plus the REPL value of its
/// last expression must equal it; when it is an `error` block, the program
/// must fail with those rendered diagnostics. Words after `knobs` such as
/// `max-steps=1000` lower a limit for that example. In tables,
/// `` `CODE` → `RESULT` `` pairs are checked like output blocks.
@Suite("docs/LANGUAGE.md")
struct LanguageDocTests {
    @Test("every fenced example gives the output or error written under it", arguments: LanguageDoc.shared.examples)
    func fencedExample(_ example: DocExample) {
        check(example)
    }

    @Test("every example in a table gives the result written beside it", arguments: LanguageDoc.shared.tableExamples)
    func tableExample(_ example: DocExample) {
        check(example)
    }

    @Test("the document is there and full of examples")
    func documentHasExamples() {
        let doc = LanguageDoc.shared
        #expect(doc.loadError == nil, "cannot read \(doc.url.path): \(doc.loadError ?? "")")
        #expect(doc.examples.count >= 60, "only \(doc.examples.count) fenced examples were found")
        #expect(doc.tableExamples.count >= 40, "only \(doc.tableExamples.count) table examples were found")
        #expect(doc.examples.contains { $0.expected.isError }, "no example shows an error")
        #expect(doc.examples.contains { $0.expected.isOutput }, "no example shows its output")
    }

    @Test("every output and error block belongs to an example")
    func noStrayExpectations() {
        #expect(LanguageDoc.shared.strayBlocks == [], "output or error blocks that follow no knobs block, at these lines")
    }

    @Test("every fence is closed")
    func fencesAreClosed() {
        #expect(LanguageDoc.shared.unclosedFence == nil, "the fence at this line is never closed")
    }

    private func check(_ example: DocExample) {
        if let problem = example.problem {
            Issue.record("\(example.testDescription): \(problem)")
            return
        }
        let result = DocExampleRun(example)
        let place = example.testDescription
        switch example.expected {
        case .runs:
            #expect(result.diagnostics.isEmpty, "\(place) should run without an error, but:\n\(result.diagnostics)")
        case .output(let expected):
            #expect(result.diagnostics.isEmpty, "\(place) should run without an error, but:\n\(result.diagnostics)")
            #expect(normalized(result.shown) == normalized(expected), "\(place): the output differs")
        case .error(let expected):
            guard !result.diagnostics.isEmpty else {
                Issue.record("\(place) should fail, but it ran and showed:\n\(result.shown)")
                return
            }
            let expectedLines = normalized(expected).split(separator: "\n", omittingEmptySubsequences: false)
            if expectedLines.count <= 1 {
                let firstLine = result.diagnostics.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
                #expect(firstLine == normalized(expected), "\(place): the error differs")
            } else {
                #expect(normalized(result.diagnostics) == normalized(expected), "\(place): the error differs")
            }
        }
    }

    /// Text with trailing newlines removed, so a block's last newline never matters.
    private func normalized(_ text: String) -> String {
        var text = text
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}

/// One example from the document: its code, where it is, and what it should do.
struct DocExample: Sendable, CustomTestStringConvertible {
    enum Expected: Sendable {
        /// Runs without a diagnostic; what it shows is not checked.
        case runs
        /// Shows exactly this: the printed output, then the REPL value.
        case output(String)
        /// Fails with these rendered diagnostics (only the first line when this is one line).
        case error(String)

        var isOutput: Bool {
            if case .output = self { return true }
            return false
        }

        var isError: Bool {
            if case .error = self { return true }
            return false
        }
    }

    /// The 1-based line of the opening fence, or of the table row.
    var line: Int
    var code: String
    var limits: Limits
    var expected: Expected
    /// A mistake in the example's markup, such as an unknown limit name.
    var problem: String?

    var testDescription: String { "LANGUAGE.md line \(line)" }
}

/// What running an example produced.
private struct DocExampleRun {
    /// The printed output followed by the REPL value of the last expression (when not nil), as `knobs eval` prints it.
    var shown: String
    /// Every diagnostic rendered without colour, as `knobs eval` writes it to stderr.
    var diagnostics: String

    init(_ example: DocExample) {
        let output = DocOutputCollector()
        let interpreter = Interpreter(limits: example.limits) { text in output.append(text) }
        let outcome = interpreter.run(SourceFile(name: "<eval>", text: example.code), echo: true)
        self.shown = output.text
        self.diagnostics = outcome.diagnostics.isEmpty ? "" : DiagnosticRenderer(color: false).render(outcome.diagnostics)
    }
}

/// Collects what a program prints; the interpreter calls it from its own thread.
private final class DocOutputCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var collected = ""

    func append(_ text: String) {
        lock.lock()
        collected += text
        lock.unlock()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }
}

/// `docs/LANGUAGE.md`, read once and split into examples.
struct LanguageDoc: Sendable {
    static let shared = LanguageDoc()

    let url: URL
    let loadError: String?
    let examples: [DocExample]
    let tableExamples: [DocExample]
    /// Lines of `output` or `error` blocks that do not follow a `knobs` block.
    let strayBlocks: [Int]
    /// The line of a fence that is never closed, if any.
    let unclosedFence: Int?

    /// A fenced block: its info string, the lines of its fences (0-based) and its text.
    private struct Block {
        var info: String
        var open: Int
        var close: Int
        var text: String
    }

    init() {
        // Tests/KnobsLangTests/LanguageDocTests.swift → the package root.
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
        url = root.appendingPathComponent("docs").appendingPathComponent("LANGUAGE.md")
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
            loadError = nil
        } catch {
            text = ""
            loadError = "\(error)"
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        let (blocks, unclosed) = LanguageDoc.blocks(in: lines)
        unclosedFence = unclosed.map { $0 + 1 }

        var examples: [DocExample] = []
        var claimed = Set<Int>()
        for (i, block) in blocks.enumerated() {
            let words = block.info.split(whereSeparator: \.isWhitespace).map(String.init)
            guard words.first == "knobs" else { continue }
            var (limits, problem) = LanguageDoc.limits(from: words.dropFirst())
            var expected = DocExample.Expected.runs
            if i + 1 < blocks.count {
                let next = blocks[i + 1]
                let between = lines[(block.close + 1)..<next.open]
                if between.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                    switch next.info {
                    case "output":
                        expected = .output(next.text)
                        claimed.insert(i + 1)
                    case "error":
                        expected = .error(next.text)
                        claimed.insert(i + 1)
                    default:
                        break
                    }
                }
            }
            if block.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                problem = problem ?? "the example is empty"
                limits = .standard
            }
            examples.append(DocExample(line: block.open + 1, code: block.text, limits: limits, expected: expected, problem: problem))
        }
        self.examples = examples
        strayBlocks = blocks.enumerated().compactMap { i, block in
            (block.info == "output" || block.info == "error") && !claimed.contains(i) ? block.open + 1 : nil
        }

        var insideBlocks = Set<Int>()
        for block in blocks { insideBlocks.formUnion(block.open...block.close) }
        var tableExamples: [DocExample] = []
        for (n, line) in lines.enumerated() where !insideBlocks.contains(n) && line.hasPrefix("|") {
            for (code, result) in LanguageDoc.pairs(in: line) {
                tableExamples.append(DocExample(line: n + 1, code: code, limits: .standard, expected: .output(result)))
            }
        }
        self.tableExamples = tableExamples
    }

    /// Finds the fenced blocks (three or more backticks or tildes, indented at most three spaces).
    private static func blocks(in lines: [String]) -> ([Block], unclosed: Int?) {
        var blocks: [Block] = []
        var i = 0
        while i < lines.count {
            guard let (fence, info) = opening(lines[i]) else {
                i += 1
                continue
            }
            var j = i + 1
            while j < lines.count, !closes(lines[j], fence) { j += 1 }
            if j == lines.count { return (blocks, i) }
            blocks.append(Block(info: info, open: i, close: j, text: lines[(i + 1)..<j].joined(separator: "\n")))
            i = j + 1
        }
        return (blocks, nil)
    }

    /// The fence and the info string of a line that opens a fenced block.
    private static func opening(_ line: String) -> (fence: String, info: String)? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let mark = rest.first, mark == "`" || mark == "~" else { return nil }
        let fence = rest.prefix { $0 == mark }
        guard fence.count >= 3 else { return nil }
        let info = rest.dropFirst(fence.count).trimmingCharacters(in: .whitespaces)
        if mark == "`", info.contains("`") { return nil }
        return (String(fence), info)
    }

    private static func closes(_ line: String, _ fence: String) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3, let mark = fence.first else { return false }
        let rest = line.dropFirst(indent)
        let run = rest.prefix { $0 == mark }
        return run.count >= fence.count && rest.dropFirst(run.count).allSatisfy(\.isWhitespace)
    }

    /// Limits from the words after `knobs`: `max-steps=1000 timeout=0.5`.
    private static func limits(from words: ArraySlice<String>) -> (Limits, problem: String?) {
        var limits = Limits.standard
        for word in words {
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return (limits, "cannot read '\(word)' in the info string: write name=value") }
            let (name, value) = (parts[0], parts[1])
            switch name {
            case "max-steps", "max-depth", "max-memory", "max-output":
                guard let n = Int(value), n >= 1 else { return (limits, "\(name) needs a whole number ≥ 1, got '\(value)'") }
                switch name {
                case "max-steps": limits.maxSteps = n
                case "max-depth": limits.maxDepth = n
                case "max-memory": limits.maxMemory = n
                default: limits.maxOutput = n
                }
            case "timeout":
                guard let seconds = Double(value), seconds > 0 else { return (limits, "timeout needs a number of seconds, got '\(value)'") }
                limits.timeout = seconds
            default:
                return (limits, "unknown limit '\(name)': use max-steps, max-depth, max-memory, timeout or max-output")
            }
        }
        return (limits, nil)
    }

    /// The `` `CODE` → `RESULT` `` pairs of a table row.
    private static func pairs(in line: String) -> [(code: String, result: String)] {
        var found: [(String, String)] = []
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "`") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "`") else { break }
            let code = rest[afterOpen..<close]
            let tail = rest[rest.index(after: close)...]
            let arrow = " → `"
            if tail.hasPrefix(arrow) {
                let resultStart = tail.index(tail.startIndex, offsetBy: arrow.count)
                if let resultEnd = tail[resultStart...].firstIndex(of: "`") {
                    found.append((String(code), String(tail[resultStart..<resultEnd])))
                    rest = tail[tail.index(after: resultEnd)...]
                    continue
                }
            }
            rest = tail
        }
        return found
    }
}
