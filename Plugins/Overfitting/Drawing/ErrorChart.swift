import Foundation
import KnobsPluginAPI

/// A training error and a test error against what grows (the degree, the
/// epochs, the samples), on a logarithmic scale, with the best place marked
/// by a vertical line.
///
/// Errors span many powers of ten (a training error near zero, a test error
/// in the thousands), so the chart draws log10 of each: -2 is 0.01. An error
/// of zero is drawn at the bottom, ten powers of ten below the largest.
struct ErrorChart {
    let x: [Double]
    let train: [Double]
    let test: [Double]
    /// Where the vertical line goes and what the legend calls it.
    let best: (x: Double, label: String)?
    let title: String
    let xLabel: String
    /// The name of the error in the axis label: `mean squared error`.
    let errorName: String

    /// How far below the largest error the chart reaches, in powers of ten.
    static let decades = 10.0

    func render(width: Int, height: Int, terminal: Terminal) -> String {
        let positive = (train + test).filter { $0 > 0 && $0.isFinite }
        let floor = max(positive.min() ?? 1, (positive.max() ?? 1) * Foundation.pow(10, -ErrorChart.decades))
        let scaled = { (values: [Double]) in values.map { $0.isFinite ? Foundation.log10(max($0, floor)) : Double.nan } }
        var xs = x
        var series = [LineChart.Series(scaled(train), label: "train"), LineChart.Series(scaled(test), label: "test")]
        if let best {
            let finite = series.flatMap(\.values).filter(\.isFinite)
            xs += [best.x, best.x]
            for index in series.indices { series[index].values += [.nan, .nan] }
            series.append(LineChart.Series([Double](repeating: .nan, count: x.count) + [finite.min() ?? 0, finite.max() ?? 0], label: best.label))
        }
        let chart = LineChart(series: series, x: xs, title: title, xLabel: xLabel,
                              yLabel: "log10 of the \(errorName) (-1 is 0.1, -2 is 0.01)")
        return chart.render(width: width, height: height, terminal: terminal)
    }
}
