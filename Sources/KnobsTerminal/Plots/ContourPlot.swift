/// Paths over the level lines of a function of two numbers: how optimizers
/// travel across a loss surface.
///
/// The level lines are drawn faint (grey braille dots; `·` or `.` without
/// braille) at levels spaced by factors of three above the lowest value, so a
/// steep wall and a flat valley both show. Each path is a line of its own
/// colour in braille, or, without colour, a marker of its own per cell (`•`,
/// `×`, `+`), on top. A start point (`○`, `O`) and minima (`★`, `X`) are
/// marked over everything, and named in the legend with the paths.
///
/// ```swift
/// let plot = ContourPlot(field: { x, y in x * x + 10 * y * y }, x: -2...2, y: -1...1,
///                        paths: [.init(xs: [-2, -1, 0], ys: [1, -0.5, 0], label: "sgd")], minima: [(0, 0)])
/// print(plot.render(width: 60, height: 16, terminal: .current()), terminator: "")
/// ```
public struct ContourPlot {
    /// One path: its points in order and its name in the legend.
    public struct Path: Sendable {
        public var xs: [Double]
        public var ys: [Double]
        public var label: String?

        public init(xs: [Double], ys: [Double], label: String? = nil) {
            self.xs = xs
            self.ys = ys
            self.label = label
        }
    }

    /// The function whose level lines are drawn.
    public var field: (Double, Double) -> Double
    /// The window shown (with a small margin).
    public var x: ClosedRange<Double>
    public var y: ClosedRange<Double>
    public var paths: [Path]
    /// Where the paths start, marked when given.
    public var start: (x: Double, y: Double)?
    /// Points to mark as minima.
    public var minima: [(x: Double, y: Double)]
    /// How many level lines to draw.
    public var levels: Int
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?

    public init(field: @escaping (Double, Double) -> Double, x: ClosedRange<Double>, y: ClosedRange<Double>, paths: [Path],
                start: (x: Double, y: Double)? = nil, minima: [(x: Double, y: Double)] = [], levels: Int = 8,
                title: String? = nil, xLabel: String? = "x", yLabel: String? = "y") {
        self.field = field
        self.x = x
        self.y = y
        self.paths = paths
        self.start = start
        self.minima = minima
        self.levels = levels
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    /// The plot as text, each line ending in a newline.
    ///
    /// - Parameters:
    ///   - width: the columns of the whole plot, labels included.
    ///   - height: the rows of the drawing area.
    ///   - terminal: whether to colour and whether Unicode may be used.
    public func render(width: Int, height: Int, terminal: Terminal) -> String {
        lines(width: width, height: height, terminal: terminal).map { $0.trimmingTrailingSpaces().rendered(color: terminal.color) + "\n" }.joined()
    }

    /// The plot as lines of styled text.
    public func lines(width: Int, height: Int, terminal: Terminal) -> [StyledText] {
        let frame = ChartFrame(width: width, rows: height, xRange: x, yRange: y, wholeX: false, padded: true, unicode: terminal.unicode)
        var canvas = contourCanvas(frame, braille: terminal.unicode)
        var drawn = frame.canvas(braille: terminal.unicode && terminal.color)
        for (layer, path) in paths.enumerated() {
            draw(path, layer: layer, on: &drawn, frame)
        }
        let marks = minima.map { ($0, Palette.minimumMarker) } + (start.map { [($0, Palette.startMarker)] } ?? [])
        for (point, marker) in marks where point.x.isFinite && point.y.isFinite {
            let cell = drawn.cell(frame.x.fraction(point.x), frame.y.fraction(point.y))
            drawn.mark(column: cell.column, row: cell.row, marker: marker)
        }
        canvas.overlay(drawn)
        let painted = CanvasPainter(color: terminal.color, unicode: terminal.unicode).lines(canvas)
        return frame.lines(painted, canvas: canvas, title: title, xLabel: xLabel, yLabel: yLabel, legend: legend(braille: drawn.braille, terminal: terminal))
    }

    /// The level lines: a dot wherever the band of the value changes from a dot to its right or below it.
    private func contourCanvas(_ frame: ChartFrame, braille: Bool) -> Canvas {
        var canvas = frame.canvas(braille: braille)
        let (across, down) = (canvas.dotsAcross, canvas.dotsDown)
        var values = [Double](repeating: .nan, count: across * down)
        for row in 0..<down {
            let fy = 1 - Double(row) / Double(max(down - 1, 1))
            for column in 0..<across {
                values[row * across + column] = field(frame.x.value(at: Double(column) / Double(max(across - 1, 1))), frame.y.value(at: fy))
            }
        }
        let thresholds = ContourPlot.levels(of: values, count: levels)
        guard !thresholds.isEmpty else { return canvas }
        let bands = values.map { value in value.isFinite ? ContourPlot.band(value, thresholds) : -1 }
        for row in 0..<down {
            for column in 0..<across {
                let band = bands[row * across + column]
                let right = column + 1 < across ? bands[row * across + column + 1] : band
                let below = row + 1 < down ? bands[(row + 1) * across + column] : band
                if band != right || band != below { canvas.set(x: column, y: row, layer: Palette.contourLayer) }
            }
        }
        return canvas
    }

    /// Levels above the lowest value by half the range, a sixth, an eighteenth…
    /// (each a third of the one before): far apart on steep walls, close
    /// together in a flat valley, as a map of a loss surface needs.
    static func levels(of values: [Double], count: Int) -> [Double] {
        let finite = values.filter(\.isFinite)
        guard count > 0, let lowest = finite.min(), let highest = finite.max(), lowest < highest else { return [] }
        var gap = (highest - lowest) / 2
        var levels: [Double] = []
        for _ in 0..<count {
            levels.append(lowest + gap)
            gap /= 3
        }
        return levels.reversed()
    }

    /// How many levels lie at or below `value`.
    static func band(_ value: Double, _ levels: [Double]) -> Int {
        var (low, high) = (0, levels.count)
        while low < high {
            let middle = (low + high) / 2
            if levels[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// A path as straight lines between its points; a segment with an end far
    /// outside the window (a path that ran away) is left out.
    private func draw(_ path: Path, layer: Int, on canvas: inout Canvas, _ frame: ChartFrame) {
        var previous: (x: Int, y: Int)?
        for (px, py) in zip(path.xs, path.ys) {
            let (fx, fy) = (frame.x.fraction(px), frame.y.fraction(py))
            guard fx.isFinite, fy.isFinite, (-1...2).contains(fx), (-1...2).contains(fy) else {
                previous = nil
                continue
            }
            let dot = canvas.dot(fx, fy)
            canvas.line(from: previous ?? dot, to: dot, layer: layer)
            previous = dot
        }
    }

    /// A sample of each path's line and its name, then the start and minimum markers.
    private func legend(braille: Bool, terminal: Terminal) -> [StyledText] {
        var entries = paths.enumerated().map { index, path in
            let sample = braille ? "━━" : Palette.lineMarker(index, unicode: terminal.unicode)
            return StyledText(sample, Style(foreground: Palette.color(index))) + StyledText(" " + (path.label ?? "path \(index + 1)"))
        }
        if start != nil { entries.append(marker(Palette.startMarker, "start", terminal)) }
        if !minima.isEmpty { entries.append(marker(Palette.minimumMarker, minima.count == 1 ? "minimum" : "minima", terminal)) }
        return entries
    }

    private func marker(_ index: Int, _ name: String, _ terminal: Terminal) -> StyledText {
        StyledText(Palette.pointMarker(index, unicode: terminal.unicode), Style(foreground: Palette.color(index), bold: true)) + StyledText(" " + name)
    }
}
