/// A line chart of one or more series against their positions or shared x
/// values: loss curves, train against test error.
///
/// With Unicode, lines are drawn in braille dots (2 × 4 per cell). Several
/// series are told apart by colour when there is colour; without it, each
/// series is drawn one cell per dot in a marker of its own (`•`, `×`, `+`),
/// and the legend shows the markers. Values that are not finite (`nan`,
/// `inf`) leave a gap.
///
/// ```swift
/// let chart = LineChart(series: [.init(trainLoss, label: "train"), .init(testLoss, label: "test")], title: "loss")
/// print(chart.render(width: 60, height: 12, terminal: .current()), terminator: "")
/// ```
public struct LineChart: Sendable {
    /// One line: its values and its name in the legend.
    public struct Series: Sendable {
        public var values: [Double]
        public var label: String?

        public init(_ values: [Double], label: String? = nil) {
            self.values = values
            self.label = label
        }
    }

    public var series: [Series]
    /// The x of each value, shared by every series; nil means 0, 1, 2, … (positions in the list).
    public var x: [Double]?
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?

    public init(series: [Series], x: [Double]? = nil, title: String? = nil, xLabel: String? = nil, yLabel: String? = nil) {
        self.series = series
        self.x = x
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    /// The chart as text, each line ending in a newline.
    ///
    /// - Parameters:
    ///   - width: the columns of the whole chart, labels included.
    ///   - height: the rows of the drawing area (title, axis and legend come on top).
    ///   - terminal: whether to colour and whether Unicode may be used.
    public func render(width: Int, height: Int, terminal: Terminal) -> String {
        lines(width: width, height: height, terminal: terminal).map { $0.trimmingTrailingSpaces().rendered(color: terminal.color) + "\n" }.joined()
    }

    /// The chart as lines of styled text.
    public func lines(width: Int, height: Int, terminal: Terminal) -> [StyledText] {
        let points = series.map { finitePoints($0.values) }
        let xs = points.flatMap { $0.compactMap { $0?.x } }
        let ys = points.flatMap { $0.compactMap { $0?.y } }
        let frame = ChartFrame(
            width: width, rows: height,
            xRange: (xs.min() ?? 0)...(xs.max() ?? 0), yRange: (ys.min() ?? 0)...(ys.max() ?? 0),
            wholeX: x == nil, padded: false, unicode: terminal.unicode)
        let braille = terminal.unicode && (terminal.color || series.count == 1)
        var canvas = frame.canvas(braille: braille)
        for (layer, line) in points.enumerated() {
            var previous: (x: Int, y: Int)?
            for point in line {
                guard let point else {
                    previous = nil
                    continue
                }
                let dot = canvas.dot(frame.x.fraction(point.x), frame.y.fraction(point.y))
                canvas.line(from: previous ?? dot, to: dot, layer: layer)
                previous = dot
            }
        }
        let painted = CanvasPainter(color: terminal.color, unicode: terminal.unicode).lines(canvas)
        return frame.lines(painted, canvas: canvas, title: title, xLabel: xLabel, yLabel: yLabel, legend: legend(braille: braille, terminal: terminal))
    }

    /// Each value with its x, or nil where it is not finite.
    private func finitePoints(_ values: [Double]) -> [(x: Double, y: Double)?] {
        values.enumerated().map { index, value in
            let position = x.map { index < $0.count ? $0[index] : .nan } ?? Double(index)
            return value.isFinite && position.isFinite ? (position, value) : nil
        }
    }

    /// One entry per series when there are several or any has a label.
    private func legend(braille: Bool, terminal: Terminal) -> [StyledText] {
        guard series.count > 1 || series.contains(where: { $0.label != nil }) else { return [] }
        return series.enumerated().map { index, line in
            let sample = braille ? "━━" : Palette.lineMarker(index, unicode: terminal.unicode)
            return StyledText(sample, Style(foreground: Palette.color(index))) + StyledText(" " + (line.label ?? "series \(index + 1)"))
        }
    }
}
