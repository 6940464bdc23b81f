import KnobsLang
import Testing
@testable import KnobsTerminal

/// Paths over level lines: where the lines, paths and markers land, and the legend.
@Suite("Contour plots")
struct ContourPlotTests {
    static let plain = Terminal(width: 60, color: false, unicode: true)
    static let ascii = Terminal(width: 60, color: false, unicode: false)
    static let colour = Terminal(width: 60, color: true, unicode: true)

    static func bowl(paths: [ContourPlot.Path] = []) -> ContourPlot {
        ContourPlot(field: { x, y in x * x + y * y }, x: -2...2, y: -2...2, paths: paths, start: (-2, 2), minima: [(0, 0)], title: "bowl")
    }

    /// The rows of the drawing area, after the y axis.
    private func canvasRows(_ text: String, axis: Set<Character>) -> [String] {
        TextChecks.lines(text).compactMap { line in
            guard !line.contains("└"), !line.trimmingCharacters(in: .whitespaces).hasPrefix("+-"), let index = line.firstIndex(where: { axis.contains($0) }) else { return nil }
            return String(line[line.index(after: index)...])
        }
    }

    @Test("levels: a third of the gap each, above the lowest value")
    func levels() {
        #expect(ContourPlot.levels(of: [0, 54, .nan, 27], count: 3) == [3, 9, 27])
        #expect(ContourPlot.levels(of: [1, 1, 1], count: 3).isEmpty)
        #expect(ContourPlot.band(5, [3, 9, 27]) == 1)
        #expect(ContourPlot.band(27, [3, 9, 27]) == 3)
        #expect(ContourPlot.band(0, [3, 9, 27]) == 0)
    }

    @Test("the level lines of a round bowl are symmetric, with the minimum marked at the centre")
    func symmetric() {
        let text = ContourPlotTests.bowl().render(width: 41, height: 11, terminal: ContourPlotTests.ascii)
        let rows = canvasRows(text, axis: ["|", "+"])
        #expect(rows.count == 11)
        let width = rows.map(\.count).max() ?? 0
        let padded = rows.map { $0.padding(toLength: width, withPad: " ", startingAt: 0) }
        #expect(padded.contains { $0.contains(".") })
        let middle = padded[5]
        #expect(middle.contains("X"))
        #expect(padded[0].contains("O"), "the start at the top left")
        let centre = middle.distance(from: middle.startIndex, to: middle.firstIndex(of: "X")!)
        #expect(abs(centre - width / 2) <= 1)
        #expect(TextChecks.lines(text).last?.trimmingCharacters(in: .whitespaces) == "O start   X minimum")
    }

    @Test("paths are drawn over the lines, a marker each without colour, named in the legend")
    func paths() {
        let plot = ContourPlotTests.bowl(paths: [
            .init(xs: [-2, -1, 0], ys: [2, 1, 0], label: "sgd"),
            .init(xs: [2, 1.5, 1e9, 0], ys: [-2, -1, 0, 0], label: "adam"),
        ])
        let text = plot.render(width: 50, height: 12, terminal: ContourPlotTests.plain)
        #expect(text.contains("•") && text.contains("×"))
        #expect(text.contains("• sgd   × adam   ○ start   ★ minimum"))
        #expect(!text.contains("\u{1B}"))
        #expect(TextChecks.lines(text).allSatisfy { DisplayWidth.of($0) <= 50 })
        #expect(text.contains("bowl"))
    }

    @Test("with colour: braille paths in their colours, faint grey level lines")
    func colours() {
        let text = ContourPlotTests.bowl(paths: [.init(xs: [-2, 0], ys: [2, 0], label: "sgd")]).render(width: 50, height: 12, terminal: ContourPlotTests.colour)
        #expect(text.contains("38;5;\(Palette.color(0))m"))
        #expect(text.contains("38;5;\(Palette.color(Palette.contourLayer))m"))
        #expect(TextChecks.strippingEscapes(text).contains("━━ sgd"))
    }

    @Test("a field that is flat or not finite draws no lines, without failing")
    func flat() {
        let flat = ContourPlot(field: { _, _ in 1 }, x: 0...1, y: 0...1, paths: []).render(width: 30, height: 5, terminal: ContourPlotTests.plain)
        #expect(!canvasRows(flat, axis: ["│", "┤"]).joined().contains { $0 != " " })
        let holes = ContourPlot(field: { x, _ in x < 0.5 ? .nan : x }, x: 0...1, y: 0...1, paths: []).render(width: 30, height: 5, terminal: ContourPlotTests.plain)
        #expect(canvasRows(holes, axis: ["│", "┤"]).count == 5)
    }
}
