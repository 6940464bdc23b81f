import Foundation
import Testing
import KnobsTerminal

/// Runs the examples of the plot functions in `docs/LANGUAGE.md`.
///
/// The language's own document test runs only ```` ```knobs ```` blocks, in an
/// interpreter without the plot functions. The plot examples are
/// ```` ```knobs-plots ```` blocks, each followed by a ```` ```plot ```` block
/// with what `knobs eval` shows when its output is not a terminal: 80
/// columns (so plots are 72 wide), UTF-8, no colour.
@Suite("docs/LANGUAGE.md plots")
struct PlotDocTests {
    static let terminal = Terminal(width: 80, color: false, unicode: true)

    @Test("every plot example shows exactly the plot written under it", arguments: PlotDoc.shared.examples)
    func example(_ example: PlotDoc.Example) {
        let run = PlotRun(example.code, terminal: PlotDocTests.terminal)
        #expect(run.diagnostics.isEmpty, "line \(example.line): \(run.diagnostics)")
        let shown = run.shown.hasSuffix("\n") ? String(run.shown.dropLast()) : run.shown
        if shown != example.expected {
            let got = shown.split(separator: "\n", omittingEmptySubsequences: false)
            let want = example.expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
            Issue.record("LANGUAGE.md line \(example.line): differs at line \(line + 1) of the plot:\n  got:      \(line < got.count ? String(got[line]) : "<end>")\n  expected: \(line < want.count ? String(want[line]) : "<end>")")
        }
    }

    @Test("the section has its examples, and every plot block follows one")
    func wellFormed() {
        let doc = PlotDoc.shared
        #expect(doc.examples.count >= 8)
        #expect(doc.strayPlots == [], "plot blocks that follow no knobs-plots block, at these lines")
        #expect(doc.examplesWithoutPlot == [], "knobs-plots blocks with no plot block after them, at these lines")
        #expect(doc.examples.allSatisfy { !$0.expected.isEmpty })
    }
}

/// The plot examples of `docs/LANGUAGE.md`.
struct PlotDoc: Sendable {
    /// A `knobs-plots` block and the `plot` block after it.
    struct Example: Sendable, CustomTestStringConvertible {
        var line: Int
        var code: String
        var expected: String
        var testDescription: String { "LANGUAGE.md line \(line)" }
    }

    static let shared = PlotDoc()

    let examples: [Example]
    /// Lines of `plot` blocks with no example before them.
    let strayPlots: [Int]
    /// Lines of `knobs-plots` blocks with no `plot` block after them.
    let examplesWithoutPlot: [Int]

    init() {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/LANGUAGE.md")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        var blocks: [(info: String, line: Int, text: String)] = []
        var open: (info: String, line: Int, lines: [String])?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if var current = open {
                if line == "```" {
                    blocks.append((current.info, current.line, current.lines.joined(separator: "\n")))
                    open = nil
                } else {
                    current.lines.append(String(line))
                    open = current
                }
            } else if line.hasPrefix("```") {
                open = (String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces), index + 1, [])
            }
        }
        var examples: [Example] = []
        var stray: [Int] = []
        for (i, block) in blocks.enumerated() where block.info == "plot" {
            if i > 0, blocks[i - 1].info == "knobs-plots" {
                examples.append(Example(line: blocks[i - 1].line, code: blocks[i - 1].text, expected: block.text))
            } else {
                stray.append(block.line)
            }
        }
        self.examples = examples
        strayPlots = stray
        examplesWithoutPlot = blocks.enumerated().compactMap { i, block in
            block.info == "knobs-plots" && (i + 1 == blocks.count || blocks[i + 1].info != "plot") ? block.line : nil
        }
    }
}
