import Testing
@testable import KnobsEngine

/// `split` deals the samples into two disjoint parts, the same way for the same seed.
@Suite("Train/test split")
struct SplitTests {
    /// Moons with noise: every sample is a different point.
    static func moons() throws -> Dataset {
        var random = RandomGenerator(seed: 21)
        return try Dataset.make("moons", count: 100, noise: 0.1, random: &random)
    }

    /// Each sample as its coordinates and label.
    static func samples(_ data: Dataset) -> [[Double]] {
        (0..<data.count).map { [data.x.values[2 * $0], data.x.values[2 * $0 + 1], data.y.values[$0]] }
    }

    func split(_ data: Dataset, test: Double, seed: UInt64) throws -> (train: Dataset, test: Dataset) {
        var random = RandomGenerator(seed: seed)
        return try data.split(testFraction: test, random: &random)
    }

    @Test("the parts hold every sample exactly once, with its own label")
    func partition() throws {
        let data = try Self.moons()
        let all = Self.samples(data)
        #expect(Set(all).count == 100)
        let (train, test) = try split(data, test: 0.3, seed: 5)
        #expect(train.count == 70 && test.count == 30)
        #expect(train.x.shape == [70, 2] && test.y.shape == [30])
        let trainSamples = Set(Self.samples(train)), testSamples = Set(Self.samples(test))
        #expect(trainSamples.isDisjoint(with: testSamples))
        #expect(trainSamples.union(testSamples) == Set(all))
        #expect(train.task == data.task && test.name == data.name)
    }

    @Test("the same seed splits the same way; another seed differently")
    func deterministic() throws {
        let data = try Self.moons()
        let first = try split(data, test: 0.3, seed: 5), again = try split(data, test: 0.3, seed: 5)
        #expect(first.test.x.values == again.test.x.values && first.train.y.values == again.train.y.values)
        let other = try split(data, test: 0.3, seed: 6)
        #expect(Set(Self.samples(other.test)) != Set(Self.samples(first.test)))
    }

    @Test("the test part is the fraction rounded; 0 and 1 put everything on one side")
    func sizes() throws {
        let data = try Self.moons()
        #expect(try split(data, test: 0.234, seed: 1).test.count == 23)
        #expect(try split(data, test: 0.236, seed: 1).test.count == 24)
        #expect(try split(data, test: 0, seed: 1).train.count == 100)
        #expect(try split(data, test: 1, seed: 1).test.count == 100)
        #expect(throws: TensorError.self) { try split(data, test: 1.5, seed: 1) }
        #expect(throws: TensorError.self) { try split(data, test: -0.1, seed: 1) }
    }
}
