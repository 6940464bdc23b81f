/// Points in the plane, each in a group (a class) with its own marker and
/// colour, optionally over the regions a classifier gives the plane: a
/// decision boundary.
///
/// Points are drawn one per cell, in the marker of their group (`●`, `▲`,
/// `■`; `o`, `x`, `+` in ASCII); where several fall in one cell, the group
/// with most of them there shows. Regions are shaded by background colour,
/// or, without colour, by a texture (`░`, `▒`; `.`, `:`), the first
/// group's region left blank.
public struct ScatterPlot: Sendable {
    /// A point and the group it belongs to (0, 1, 2, …).
    public struct Point: Sendable, Equatable {
        public var x: Double
        public var y: Double
        public var group: Int

        public init(x: Double, y: Double, group: Int = 0) {
            self.x = x
            self.y = y
            self.group = group
        }
    }

    /// Tells the group of each of many places in the plane, asked once for the centres of all cells.
    public typealias Classifier = ([(x: Double, y: Double)]) throws -> [Int]

    public var points: [Point]
    /// The legend's name of each group; no legend when empty.
    public var groupNames: [String]
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?

    public init(points: [Point], groupNames: [String] = [], title: String? = nil, xLabel: String? = nil, yLabel: String? = nil) {
        self.points = points
        self.groupNames = groupNames
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    /// The plot as text, each line ending in a newline (see ``lines(width:height:terminal:regions:)``).
    public func render(width: Int, height: Int, terminal: Terminal, regions: Classifier? = nil) throws -> String {
        try lines(width: width, height: height, terminal: terminal, regions: regions)
            .map { $0.trimmingTrailingSpaces().rendered(color: terminal.color) + "\n" }.joined()
    }

    /// The plot as lines of styled text.
    ///
    /// - Parameters:
    ///   - width: the columns of the whole plot, labels included.
    ///   - height: the rows of the drawing area.
    ///   - terminal: whether to colour and whether Unicode may be used.
    ///   - regions: when given, shades every cell by the group it gives the cell's centre.
    /// - Throws: what `regions` throws.
    public func lines(width: Int, height: Int, terminal: Terminal, regions: Classifier? = nil) throws -> [StyledText] {
        let shown = points.filter { $0.x.isFinite && $0.y.isFinite }
        let xs = shown.map(\.x)
        let ys = shown.map(\.y)
        let frame = ChartFrame(
            width: width, rows: height,
            xRange: (xs.min() ?? 0)...(xs.max() ?? 0), yRange: (ys.min() ?? 0)...(ys.max() ?? 0),
            wholeX: false, padded: true, unicode: terminal.unicode)
        var canvas = frame.canvas(braille: false)
        var regionGroups = Set<Int>()
        if let regions {
            let cells = (0..<canvas.rows).flatMap { row in (0..<canvas.columns).map { (row: row, column: $0) } }
            let centres = cells.map { cell in
                (x: frame.x.value(at: Double(cell.column) / Double(canvas.columns - 1)),
                 y: frame.y.value(at: 1 - Double(cell.row) / Double(canvas.rows - 1)))
            }
            let groups = try regions(centres)
            for (cell, group) in zip(cells, groups) {
                canvas.shade(column: cell.column, row: cell.row, region: group)
                regionGroups.insert(group)
            }
        }
        var counts: [Int: [Int: Int]] = [:]
        for point in shown {
            let cell = canvas.cell(frame.x.fraction(point.x), frame.y.fraction(point.y))
            counts[cell.row * canvas.columns + cell.column, default: [:]][point.group, default: 0] += 1
        }
        for (index, groups) in counts {
            let winner = groups.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? 0
            canvas.mark(column: index % canvas.columns, row: index / canvas.columns, marker: winner)
        }
        let painted = CanvasPainter(color: terminal.color, unicode: terminal.unicode).lines(canvas)
        return frame.lines(painted, canvas: canvas, title: title, xLabel: xLabel, yLabel: yLabel,
                           legend: legend(regionGroups: regionGroups.sorted(), terminal: terminal))
    }

    /// A marker per group; then, under a decision boundary, a swatch per shaded region.
    private func legend(regionGroups: [Int], terminal: Terminal) -> [StyledText] {
        var entries = groupNames.enumerated().map { index, name in
            StyledText(Palette.pointMarker(index, unicode: terminal.unicode), Style(foreground: Palette.color(index), bold: true)) + StyledText(" " + name)
        }
        for group in regionGroups {
            let name = group < groupNames.count ? groupNames[group] : "group \(group)"
            if terminal.color {
                entries.append(StyledText("  ", Style(background: Palette.regionBackground(group))) + StyledText(" predicted " + name))
            } else if Palette.regionTexture(group, unicode: terminal.unicode) != " " {
                entries.append(StyledText(String(repeating: Palette.regionTexture(group, unicode: terminal.unicode), count: 2) + " predicted " + name))
            }
        }
        return entries
    }
}
