/// Elementary functions built from IEEE-exact operations only.
///
/// `libm` differs between platforms in the last bit; random normals must not,
/// so the generator uses these instead.
public enum PortableMath {
    /// The natural logarithm of `x`, within an ulp of the exact value.
    ///
    /// Splits `x = (1 + f) · 2^k` with `1 + f` in [√½, √2), so `f` is exact.
    /// With `s = f / (2 + f)`, `log(1 + f) = 2·atanh(s) = f − (f²/2 − s·(f²/2 + R))`
    /// where `R = Σ 2·s^(2n) / (2n + 1)`, a small correction summed until it stops
    /// changing; `k·ln 2` is added in two parts so that its product is exact.
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
        let f = m - 1                  // exact (Sterbenz)
        let s = f / (2 + f)
        let z = s * s
        var r = 0.0
        var power = z
        var n = 1.0
        while true {
            let next = r + 2 * power / (2 * n + 1)
            if next == r { break }
            r = next
            power *= z
            n += 1
        }
        let halfSquare = 0.5 * f * f
        let ln2Hi = 6.93147180369123816490e-01   // ln 2 rounded to 32 significant bits
        let ln2Lo = 1.90821492927058770002e-10   // ln 2 − ln2Hi
        return k * ln2Hi - ((halfSquare - (s * (halfSquare + r) + k * ln2Lo)) - f)
    }
}
