import KnobsPluginAPI

/// Points and the curves of models fitted to them, on one chart.
///
/// Points alone are a scatter plot. With curves, it is a line chart: the
/// curves are drawn through every column, and a point is a short dash. A
/// curve that leaves the band around the points (the points' range, and
/// half as much again above and below) is cut off where it leaves, so one
/// wild curve cannot squash the others flat.
struct FitChart {
    let points: [(x: Double, y: Double)]
    /// Each curve's name in the legend, and its values at many x at once.
    let curves: [(label: String, values: ([Double]) throws -> [Double])]
    let title: String?

    /// Places along x where the curves are evaluated.
    static let samples = 240

    func render(width: Int, height: Int, terminal: Terminal) throws -> String {
        if curves.isEmpty {
            let plot = ScatterPlot(points: points.map { ScatterPlot.Point(x: $0.x, y: $0.y) }, title: title, xLabel: "x", yLabel: "y")
            return try plot.render(width: width, height: height, terminal: terminal)
        }
        let xs = points.map(\.x), ys = points.map(\.y)
        var (left, right) = (xs.min() ?? -1, xs.max() ?? 1)
        if left == right { (left, right) = (left - 1, right + 1) }
        var (low, high) = (ys.min() ?? -1, ys.max() ?? 1)
        let margin = high > low ? (high - low) / 2 : 1
        (low, high) = (low - margin, high + margin)
        let dash = (right - left) / Double(2 * max(width, 1))

        // The curves are evaluated at every place; the data line has the y of the point whose
        // dash covers a place, and a gap (nan) elsewhere.
        var places = (0..<FitChart.samples).map { left + (right - left) * Double($0) / Double(FitChart.samples - 1) }
        places += points.flatMap { [$0.x - dash, $0.x + dash] }
        places.sort()
        let sorted = points.sorted { $0.x < $1.x }
        var first = 0
        let reach = dash * (1 + 1e-9)
        let marks = places.map { place -> Double in
            while first < sorted.count, sorted[first].x < place - reach { first += 1 }
            let covering = sorted[first...].prefix { $0.x <= place + reach }
            return covering.min { abs($0.x - place) < abs($1.x - place) }?.y ?? .nan
        }

        var series: [LineChart.Series] = []
        for curve in curves {
            let values = try curve.values(places).map { $0 >= low && $0 <= high ? $0 : .nan }
            series.append(LineChart.Series(values, label: curve.label))
        }
        series.append(LineChart.Series(marks, label: "data"))
        let chart = LineChart(series: series, x: places, title: title, xLabel: "x", yLabel: "y")
        return chart.render(width: width, height: height, terminal: terminal)
    }
}
