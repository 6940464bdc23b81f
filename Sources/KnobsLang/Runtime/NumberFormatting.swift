import Foundation

/// How numbers become text: whole numbers without `.0`, others in the shortest
/// form that reads back exactly (as Python prints them).
public enum NumberFormatting {
    /// The standard printed form of a number.
    public static func shortest(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        if abs(x) < 1e16 {
            let whole = Int64(x)  // in range, so the conversion cannot trap
            if Double(whole) == x { return String(whole) }
        }
        return "\(x)"
    }

    /// A number with a chosen precision: `fixed` digits after the point, `scientific`, or `percent`.
    public static func format(_ x: Double, _ format: NumberFormat) -> String {
        if !x.isFinite { return shortest(x) }
        switch format.style {
        case .fixed: return String(format: "%.\(format.digits)f", x)
        case .scientific: return String(format: "%.\(format.digits)e", x)
        case .percent: return String(format: "%.\(format.digits)f%%", x * 100)
        }
    }
}
