/// knobs's own seeded random generator: the same numbers on every machine.
///
/// The state is xoshiro256** (Blackman and Vigna, 2018), seeded by expanding a
/// 64-bit seed with SplitMix64, as the authors recommend. Uniform numbers take
/// the top 53 bits of one output. Normal numbers use the Marsaglia polar
/// method with ``PortableMath/log(_:)`` and the IEEE square root, so no step
/// depends on the platform's `libm`.
public struct RandomGenerator: Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64
    private var spareNormal: Double?

    /// The seed a program starts with when it never calls `seed(n)`.
    public static let defaultSeed: UInt64 = 0

    /// Creates a generator whose whole sequence is fixed by `seed`.
    public init(seed: UInt64 = RandomGenerator.defaultSeed) {
        var expander = SplitMix64(state: seed)
        s0 = expander.next()
        s1 = expander.next()
        s2 = expander.next()
        s3 = expander.next()
        spareNormal = nil
    }

    /// The next raw 64-bit output of xoshiro256**.
    public mutating func nextUInt64() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// A uniform number in [0, 1) with 53 random bits.
    public mutating func uniform() -> Double {
        Double(nextUInt64() >> 11) * 0x1.0p-53
    }

    /// A uniform whole number in `0..<bound` (`bound` > 0), without modulo bias.
    public mutating func below(_ bound: UInt64) -> UInt64 {
        precondition(bound > 0, "bound must be positive")
        let limit = UInt64.max - UInt64.max % bound
        while true {
            let x = nextUInt64()
            if x < limit { return x % bound }
        }
    }

    /// A standard normal number (mean 0, standard deviation 1).
    public mutating func normal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        while true {
            let u = 2 * uniform() - 1
            let v = 2 * uniform() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                let factor = (-2 * PortableMath.log(s) / s).squareRoot()
                spareNormal = v * factor
                return u * factor
            }
        }
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}

/// SplitMix64 (Steele, Lea and Flood, 2014): turns one seed into a well-mixed state.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
