import Foundation
import Testing
@testable import KnobsEngine

@Suite("Portable logarithm")
struct PortableMathTests {
    /// A subnormal number, 2^-1030.
    static let subnormal = Double(sign: .plus, exponent: -1030, significand: 1)

    @Test("agrees with the platform log to within an ulp across the range of doubles")
    func agreesWithLibm() {
        var generator = RandomGenerator(seed: 11)
        var worst = 0.0
        for _ in 0..<100_000 {
            // Spread over many binades, including subnormals and values near 1.
            let exponent = Double(Int(generator.below(2_100))) - 1_074
            let x = (1 + generator.uniform()) * Foundation.pow(2, exponent)
            guard x.isFinite, x > 0 else { continue }
            let want = Foundation.log(x)
            let got = PortableMath.log(x)
            if want != 0 { worst = max(worst, abs(got - want) / want.ulp) }
        }
        #expect(worst <= 1, "worst error \(worst) ulp")
    }

    @Test("exact values and edge cases")
    func edges() {
        #expect(PortableMath.log(1) == 0)
        #expect(PortableMath.log(0) == -.infinity)
        #expect(PortableMath.log(-1).isNaN)
        #expect(PortableMath.log(.nan).isNaN)
        #expect(PortableMath.log(.infinity) == .infinity)
        #expect(abs(PortableMath.log(M_E) - 1) <= 1e-16)
        #expect(abs(PortableMath.log(Self.subnormal) - Foundation.log(Self.subnormal)) <= Foundation.log(Self.subnormal).ulp)
    }
}
