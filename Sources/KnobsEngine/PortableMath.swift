/// Elementary functions built from IEEE-exact operations only.
///
/// `libm` differs between platforms in the last bit; random normals must not,
/// so the generator uses these instead.
public enum PortableMath {
    /// The natural logarithm of a positive, finite `x`.
    ///
    /// Splits `x = m · 2^k` with `m` in [√½, √2), then sums the series
    /// `log m = 2·atanh(s) = 2(s + s³/3 + s⁵/5 + …)` with `s = (m − 1)/(m + 1)`,
    /// |s| ≤ 0.172, to well below one ulp.
    public static func log(_ x: Double) -> Double {
        guard x > 0, x.isFinite else {
            if x == 0 { return -.infinity }
            return x.isNaN || x < 0 ? .nan : x
        }
        var m = x.significand          // in [1, 2)
        var k = Double(x.exponent)
        if m > 1.4142135623730951 {
            m /= 2
            k += 1
        }
        let s = (m - 1) / (m + 1)
        let s2 = s * s
        var term = s
        var sum = 0.0
        var n = 1.0
        while true {
            let next = sum + term / n
            if next == sum { break }
            sum = next
            term *= s2
            n += 2
        }
        let ln2Hi = 6.93147180369123816490e-01
        let ln2Lo = 1.90821492927058770002e-10
        return (k * ln2Hi + 2 * sum) + k * ln2Lo
    }
}
