import Foundation

/// A linear axis: the range it shows and its ticks at round numbers.
///
/// Ticks are whole steps of 1, 2 or 5 times a power of ten. By default the
/// range is the data's widened to whole steps, so the ends of the axis are
/// ticks: data from 0.03 to 0.71 gets an axis from 0 to 0.8 with ticks every
/// 0.2 (right for a loss curve, which should show where zero is). A padded
/// axis instead keeps close to the data, with a margin of 5% on each side,
/// and ticks where the steps fall inside it (right for points in the plane).
struct AxisScale: Equatable {
    let lower: Double
    let upper: Double
    let step: Double
    /// How many digits after the point every tick label has.
    let decimals: Int

    /// An axis over `low...high` with about `ticks` intervals; with
    /// `wholeNumbers`, steps are at least 1; with `padded`, the ends are the
    /// data's with a margin rather than whole steps.
    init(_ low: Double, _ high: Double, ticks: Int, wholeNumbers: Bool = false, padded: Bool = false) {
        var (low, high) = (low, high)
        if low == high {
            let spread = low == 0 ? 1 : abs(low) * 0.1
            (low, high) = (low - spread, high + spread)
        }
        if padded {
            let margin = (high - low) * 0.05
            (low, high) = (low - margin, high + margin)
        }
        var step = AxisScale.niceStep((high - low) / Double(max(1, ticks)))
        if wholeNumbers { step = max(step, 1) }
        self.step = step
        lower = padded ? low : (low / step).rounded(.down) * step
        upper = padded ? high : (high / step).rounded(.up) * step
        decimals = step >= 1 ? 0 : Int((-log10(step)).rounded(.up))
    }

    /// The step of 1, 2 or 5 times a power of ten nearest to `raw` (by ratio).
    static func niceStep(_ raw: Double) -> Double {
        guard raw.isFinite, raw > 0 else { return 1 }
        let power = pow(10, (log10(raw)).rounded(.down))
        let candidates = [1.0, 2, 5, 10].map { $0 * power }
        return candidates.min { abs(log($0 / raw)) < abs(log($1 / raw)) } ?? power
    }

    /// The tick values: the whole steps from ``lower`` to ``upper``.
    var ticks: [Double] {
        let first = (lower / step - 1e-9).rounded(.up)
        let last = (upper / step + 1e-9).rounded(.down)
        guard first <= last else { return [] }
        return (0...Int(last - first)).map { (first + Double($0)) * step }
    }

    /// Where a value falls, from 0 at ``lower`` to 1 at ``upper``.
    func fraction(_ value: Double) -> Double {
        (value - lower) / (upper - lower)
    }

    /// The value at a fraction of the axis.
    func value(at fraction: Double) -> Double {
        lower + fraction * (upper - lower)
    }

    /// A tick's label: as many decimals as the step needs; very large or small numbers in e notation.
    func label(_ value: Double) -> String {
        let magnitude = max(abs(lower), abs(upper))
        var text: String
        if magnitude >= 1e6 || (step < 1e-4 && magnitude < 1e-3) {
            text = String(format: "%.1e", value).replacingOccurrences(of: "e+0", with: "e").replacingOccurrences(of: "e-0", with: "e-")
        } else {
            text = String(format: "%.\(decimals)f", value)
        }
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { text.removeFirst() }
        return text
    }
}
