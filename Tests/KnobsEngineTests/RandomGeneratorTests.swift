import Foundation
import Testing
@testable import KnobsEngine

/// The generator against an independent Python implementation of the published
/// algorithms (`Fixtures/make_random_reference.py`).
@Suite("Random generator")
struct RandomGeneratorTests {
    struct Reference: Decodable {
        struct Case: Decodable {
            let seed: String
            let raw: [String]
            let uniform: [Double]
            let normal: [Double]
        }
        let splitmix64_seed_1234567: [String]
        let cases: [Case]
    }

    static let reference: Reference = Fixture.load("random_reference")

    @Test("SplitMix64 matches the reference outputs for seed 1234567")
    func splitMix() {
        var s = SplitMix64(state: 1_234_567)
        let produced = (0..<3).map { _ in String(s.next()) }
        #expect(produced == Self.reference.splitmix64_seed_1234567)
    }

    @Test("xoshiro256** raw outputs match bit for bit", arguments: reference.cases.map(\.seed))
    func raw(seed: String) throws {
        let expected = try #require(Self.reference.cases.first { $0.seed == seed })
        var generator = RandomGenerator(seed: try #require(UInt64(seed)))
        #expect((0..<8).map { _ in String(generator.nextUInt64()) } == expected.raw)
    }

    @Test("uniform numbers match bit for bit", arguments: reference.cases.map(\.seed))
    func uniform(seed: String) throws {
        let expected = try #require(Self.reference.cases.first { $0.seed == seed })
        var generator = RandomGenerator(seed: try #require(UInt64(seed)))
        let produced = (0..<8).map { _ in generator.uniform() }
        #expect(produced == expected.uniform)
        #expect(produced.allSatisfy { $0 >= 0 && $0 < 1 })
    }

    @Test("normal numbers match the reference to within an ulp or two", arguments: reference.cases.map(\.seed))
    func normal(seed: String) throws {
        let expected = try #require(Self.reference.cases.first { $0.seed == seed })
        var generator = RandomGenerator(seed: try #require(UInt64(seed)))
        for want in expected.normal {
            let got = generator.normal()
            #expect(abs(got - want) <= 4 * want.ulp, "got \(got), want \(want)")
        }
    }

    @Test("the same seed gives the same sequence; another seed another")
    func determinism() {
        var a = RandomGenerator(seed: 42)
        var b = RandomGenerator(seed: 42)
        var c = RandomGenerator(seed: 43)
        let first = (0..<100).map { _ in a.normal() }
        #expect(first == (0..<100).map { _ in b.normal() })
        #expect(first != (0..<100).map { _ in c.normal() })
    }

    @Test("normals have mean 0 and variance 1 over many draws")
    func normalMoments() {
        var generator = RandomGenerator(seed: 7)
        let n = 200_000
        let xs = (0..<n).map { _ in generator.normal() }
        let mean = xs.reduce(0, +) / Double(n)
        let variance = xs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(n - 1)
        // Standard errors: 1/sqrt(n) ≈ 0.0022 for the mean, sqrt(2/n) ≈ 0.0032 for the variance.
        #expect(abs(mean) < 0.011)
        #expect(abs(variance - 1) < 0.016)
    }

    @Test("below(n) stays in range and reaches every value")
    func below() {
        var generator = RandomGenerator(seed: 3)
        var seen = Set<UInt64>()
        for _ in 0..<1_000 {
            let x = generator.below(7)
            #expect(x < 7)
            seen.insert(x)
        }
        #expect(seen.count == 7)
    }
}
