import Foundation
import KnobsLang

/// Turns a lesson's Markdown into a ``Lesson``, collecting every problem before giving up.
struct LessonParser {
    private let text: LessonLines
    private let knownPlugins: KnownPlugins
    private var problems: [Diagnostic] = []
    /// The code of every code, exercise, solution and check cell, whose syntax is checked in one go.
    private var code: [SourceFile] = []

    init(text: String, name: String, knownPlugins: KnownPlugins) {
        self.text = LessonLines(source: SourceFile(name: name, text: text))
        self.knownPlugins = knownPlugins
    }

    /// The lesson, or every problem found (front matter, cells, links between them, syntax in code).
    mutating func parse() throws -> Lesson {
        let (info, bodyStart) = FrontMatter.parse(text, knownPlugins: knownPlugins.names, problems: &problems)
        // When the front matter cannot be read, any plugin's kind will do: its problem is reported already.
        let kinds = CellHeader.PluginKinds(known: knownPlugins.cellKinds, named: info?.plugins)
        let blocks = BlockScanner.scan(text, from: bodyStart, problems: &problems)
        var pieces: [Piece] = []
        for block in blocks {
            switch block {
            case .prose(let first, let last):
                if let prose = prose(first, last) { pieces.append(.prose(prose)) }
            case .cell(let fence, let open, let close?):
                if let piece = cell(fence, open: open, close: close, kinds: kinds) { pieces.append(piece) }
            case .cell(_, _, nil):
                break
            }
        }
        problems += SourceFile.syntaxDiagnostics(of: code).joined()
        var linker = CellLinker(text: text)
        let steps = linker.link(pieces)
        problems += linker.problems
        if pieces.isEmpty, problems.isEmpty, let last = text.lines.last {
            problems.append(text.problem("the lesson has nothing after its front matter", at: last, hint: "write some prose and a knobs cell"))
        }
        guard let info, problems.isEmpty else {
            throw DiagnosticList(problems.sorted { LessonParser.place($0) < LessonParser.place($1) })
        }
        return Lesson(info: info, steps: steps, source: text.source)
    }

    /// Where a problem is, as (line, column) in the lesson, for reporting in reading order.
    private static func place(_ problem: Diagnostic) -> Int {
        guard let source = problem.source, let range = problem.range else { return 0 }
        let location = source.location(of: range.start)
        return location.line << 32 + location.column
    }

    /// Prose from line index `first` to `last`, without blank lines around it; nil when it is all blank.
    private func prose(_ first: Int, _ last: Int) -> Prose? {
        let lines = text.lines[first...last]
        guard let top = lines.firstIndex(where: { !$0.text.trimmingWhitespace().isEmpty }),
              let bottom = lines.lastIndex(where: { !$0.text.trimmingWhitespace().isEmpty }) else { return nil }
        let kept = text.lines[top...bottom]
        return Prose(text: kept.map { String($0.text) }.joined(separator: "\n"), lines: kept.first!.number...kept.last!.number)
    }

    /// The cell between the fences at line indexes `open` and `close`; nil (with problems) when it cannot be used.
    private mutating func cell(_ fence: Fence, open: Int, close: Int, kinds: CellHeader.PluginKinds) -> Piece? {
        let fenceLine = text.lines[open]
        guard let header = CellHeader.parse(fence, line: fenceLine, in: text, pluginKinds: kinds, problems: &problems) else { return nil }
        let inside = text.lines[(open + 1)..<close]
        let body = inside.map { String($0.text) }.joined(separator: "\n")
        let source = SourceFile(name: text.source.name, text: body.isEmpty ? "" : body + "\n", lineOffset: fenceLine.number)
        let lines = fenceLine.number...text.lines[close].number
        if let (kind, plugin) = header.pluginKind {
            return .plugin(PluginCell(kind: kind, plugin: plugin, text: body, source: source, lines: lines))
        }
        let cell = LessonCell(kind: header.kind, id: header.id, points: header.points, isHidden: header.isHidden, weight: header.weight,
                              text: body, source: source, lines: lines)
        switch header.kind {
        case .code, .exercise, .solution, .check:
            code.append(source)
        case .question:
            guard let question = QuestionBody.parse(inside, fence: fenceLine, in: text, problems: &problems) else { return nil }
            return .question(cell, question)
        case .hint:
            if body.trimmingWhitespaceAndNewlines().isEmpty {
                problems.append(text.problem("the hint is empty", at: fenceLine))
            }
        }
        return .cell(cell)
    }
}
