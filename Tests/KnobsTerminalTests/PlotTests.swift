import KnobsLang
import Testing
@testable import KnobsTerminal

/// The structure of plots: where points land, axes, labels, legends, markers and colours.
@Suite("Plots")
struct PlotTests {
    static let plain = Terminal(width: 80, color: false, unicode: true)
    static let ascii = Terminal(width: 80, color: false, unicode: false)
    static let colour = Terminal(width: 80, color: true, unicode: true)

    /// The rows of the drawing area: what follows the y axis on the lines above the x axis.
    private func canvasRows(_ text: String, axis: Set<Character> = ["│", "┤"]) -> [String] {
        let lines = TextChecks.lines(text)
        let xAxis = lines.firstIndex { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return line.contains("└") || (trimmed.hasPrefix("+") && trimmed.allSatisfy { "+-".contains($0) })
        } ?? lines.count
        return lines[..<xAxis].compactMap { line in
            guard let index = line.firstIndex(where: { axis.contains($0) }) else { return nil }
            return String(line[line.index(after: index)...])
        }
    }

    @Test("a line from low to high runs from the bottom left to the top right cell")
    func lineEnds() {
        let text = LineChart(series: [.init([0, 10])]).render(width: 40, height: 8, terminal: PlotTests.ascii)
        let rows = canvasRows(text, axis: ["|", "+"])
        #expect(rows.count == 8)
        #expect(rows.last?.first == "*")
        #expect(rows.first?.last == "*")
        #expect(rows.allSatisfy { $0.count <= rows.first!.count })
    }

    @Test("tick labels sit on their rows and columns, and the axes are drawn")
    func axes() {
        let lines = TextChecks.lines(LineChart(series: [.init([0, 5, 10])]).render(width: 40, height: 11, terminal: PlotTests.plain))
        #expect(lines.first?.hasPrefix("10 ┤") == true)
        #expect(lines[10].hasPrefix(" 0 ┤"))
        #expect(lines.contains { $0.hasPrefix(" 5 ┤") })
        let axis = lines[11]
        #expect(axis.hasPrefix("   └┬"))
        let labels = lines[12]
        // Each x label is centred under its tick mark.
        for (label, mark) in zip(["0", "1", "2"], axis.indices.filter { axis[$0] == "┬" }) {
            let column = axis.distance(from: axis.startIndex, to: mark)
            let start = labels.distance(from: labels.startIndex, to: labels.range(of: label)!.lowerBound)
            #expect(start == column, "\(label)")
        }
    }

    @Test("a braille line sets the right dots")
    func brailleDots() {
        // Two points at the same height: the bottom row of dots in every cell of the bottom row.
        let rows = canvasRows(LineChart(series: [.init([1, 1])]).render(width: 30, height: 4, terminal: PlotTests.plain))
        let bottom = rows[2]  // the flat line sits in the middle of an axis from 0.9 to 1.1
        #expect(bottom.unicodeScalars.allSatisfy { (0x2800...0x28FF).contains($0.value) || $0 == " " })
        #expect(bottom.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) })
    }

    @Test("several series without colour: a marker each, named in the legend")
    func seriesMarkers() {
        let chart = LineChart(series: [.init([1, 2, 3], label: "train"), .init([3, 2, 1], label: "test")], title: "loss", xLabel: "epoch")
        let text = chart.render(width: 50, height: 6, terminal: PlotTests.plain)
        let lines = TextChecks.lines(text)
        #expect(lines.first?.trimmingCharacters(in: .whitespaces) == "loss")
        #expect(lines.last?.trimmingCharacters(in: .whitespaces) == "• train   × test")
        #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces) == "epoch" })
        #expect(text.contains("•") && text.contains("×"))
        #expect(!text.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) })
        #expect(!text.contains("\u{1B}"))
    }

    @Test("with colour: braille lines, a colour per series, a coloured legend")
    func seriesColours() {
        let chart = LineChart(series: [.init([1, 2, 3], label: "train"), .init([3, 2, 1], label: "test")])
        let text = chart.render(width: 50, height: 6, terminal: PlotTests.colour)
        #expect(text.contains("38;5;\(Palette.color(0))m"))
        #expect(text.contains("38;5;\(Palette.color(1))m"))
        #expect(TextChecks.strippingEscapes(text).contains("━━ train   ━━ test"))
    }

    @Test("in ASCII only ASCII; gaps where values are not finite")
    func asciiAndGaps() {
        let text = LineChart(series: [.init([1, .nan, 3, .infinity, 5]), .init([2, 2, 2, 2, 2])]).render(width: 40, height: 6, terminal: PlotTests.ascii)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(TextChecks.lines(text).last?.contains("* series 1   o series 2") == true)
    }

    @Test("scatter points land in the cells of their coordinates, by class")
    func scatterCells() {
        let points = [
            ScatterPlot.Point(x: 0, y: 0, group: 0), ScatterPlot.Point(x: 10, y: 10, group: 1),
            ScatterPlot.Point(x: 0, y: 10, group: 2), ScatterPlot.Point(x: 10, y: 0, group: 1),
        ]
        let plot = ScatterPlot(points: points, groupNames: ["class 0", "class 1", "class 2"])
        let rows = canvasRows(try! plot.render(width: 40, height: 10, terminal: PlotTests.ascii), axis: ["|", "+"])
        #expect(rows.count == 10)
        let first = rows.first!.map { $0 }
        let last = rows.last!.map { $0 }
        // The padded axes put the extremes one cell in from the edges.
        #expect(first.firstIndex { $0 != " " } == last.firstIndex { $0 != " " })
        #expect(first.first { $0 != " " } == "#")  // class 2, top left
        #expect(first.last { $0 != " " } == "x")   // class 1, top right
        #expect(last.first { $0 != " " } == "o")   // class 0, bottom left
        #expect(last.last { $0 != " " } == "x")    // class 1, bottom right
        #expect(rows.dropFirst().dropLast().allSatisfy { $0.allSatisfy { $0 == " " } })
    }

    @Test("where points of several classes share a cell, the class with most of them shows")
    func sharedCells() {
        let points = [ScatterPlot.Point(x: 0, y: 0, group: 0)] + Array(repeating: ScatterPlot.Point(x: 5, y: 5, group: 1), count: 2)
            + [ScatterPlot.Point(x: 5, y: 5, group: 0), ScatterPlot.Point(x: 10, y: 10, group: 0)]
        let text = try! ScatterPlot(points: points).render(width: 40, height: 9, terminal: PlotTests.ascii)
        #expect(text.filter { $0 == "x" }.count == 1)
        #expect(text.filter { $0 == "o" }.count == 2)
    }

    @Test("a decision boundary shades each cell by the class of its centre, under the points")
    func regions() {
        let points = [ScatterPlot.Point(x: -1, y: -1, group: 0), ScatterPlot.Point(x: 1, y: 1, group: 1)]
        let plot = ScatterPlot(points: points, groupNames: ["class 0", "class 1"], title: "boundary")
        var asked = 0
        let text = try! plot.render(width: 60, height: 8, terminal: PlotTests.plain) { centres in
            asked += centres.count
            return centres.map { $0.x > 0 ? 1 : 0 }
        }
        let rows = canvasRows(text)
        #expect(asked == rows.count * rows[0].count)
        for row in rows {
            let cells = Array(row)
            let half = cells.count / 2
            #expect(cells[..<(half - 1)].allSatisfy { $0 == " " || $0 == "●" }, "\(row)")
            #expect(cells[(half + 1)...].allSatisfy { $0 == "░" || $0 == "▲" }, "\(row)")
        }
        #expect(TextChecks.lines(text).last?.contains("● class 0   ▲ class 1   ░░ predicted class 1") == true)
    }

    @Test("with colour, regions are backgrounds and every class a colour of its own")
    func regionColours() {
        let plot = ScatterPlot(points: [ScatterPlot.Point(x: 0, y: 0, group: 1)], groupNames: ["a", "b"])
        let text = try! plot.render(width: 30, height: 4, terminal: PlotTests.colour) { $0.map { $0.y > 0 ? 1 : 0 } }
        #expect(text.contains("48;5;\(Palette.regionBackground(0))m"))
        #expect(text.contains("48;5;\(Palette.regionBackground(1))m"))
        #expect(text.contains("38;5;\(Palette.color(1))"))
        #expect(!TextChecks.strippingEscapes(text).contains("░"))
    }

    @Test("no line of a plot is wider than asked", arguments: [20, 33, 60, 72, 120])
    func widths(width: Int) {
        let chart = LineChart(series: [.init((0..<500).map { Double($0) * 1234.5 }, label: "a long series name")], title: "a title longer than a narrow plot can hold", xLabel: "x", yLabel: "y")
        let scatter = ScatterPlot(points: (0..<50).map { ScatterPlot.Point(x: Double($0) / 7, y: Double($0 % 7) * 0.001, group: $0 % 3) }, groupNames: ["class 0", "class 1", "class 2"])
        for text in [chart.render(width: width, height: 6, terminal: PlotTests.plain), try! scatter.render(width: width, height: 6, terminal: PlotTests.plain)] {
            for line in TextChecks.lines(text) {
                #expect(DisplayWidth.of(line) <= width, "\(line)")
            }
        }
    }
}
