import Testing
@testable import KnobsEngine

@Suite("Random generator")
struct RandomGeneratorTests {
    @Test("SplitMix64 matches the published reference outputs for seed 1234567")
    func splitMix() {
        // Reference values from the C reference implementation (Vigna, splitmix64.c) for seed 1234567.
        var s = SplitMix64(state: 1_234_567)
        #expect(s.next() == 6_457_827_717_110_365_317)
        #expect(s.next() == 3_203_168_211_198_807_973)
        #expect(s.next() == 9_817_491_932_198_370_423)
    }
}
