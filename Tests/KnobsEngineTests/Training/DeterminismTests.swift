import Testing
@testable import KnobsEngine

/// The same seed gives the same numbers to the last bit.
@Suite("Determinism")
struct DeterminismTests {
    /// Trains a 2-8-1 relu network on noisy XOR points with shuffled mini-batches and an l2
    /// penalty; returns the parameters and the loss history.
    ///
    /// Only + - * /, max and square roots take part (the data's normals use the engine's
    /// portable logarithm, and the network no transcendental function), all correctly rounded
    /// by IEEE 754, so the result does not depend on the platform's maths library either.
    static func train(seed: UInt64) throws -> (parameters: [[Double]], loss: [Double]) {
        var random = RandomGenerator(seed: seed)
        let data = try Dataset.make("xor", count: 40, noise: 0.1, random: &random)
        let net = try MLP(sizes: [2, 8, 1], activation: .relu, random: &random)
        var trainer = Trainer(model: net, loss: { try Loss.hinge($0, $1) }, optimizer: SGD(learningRate: 0.3))
        trainer.epochs = 30
        trainer.batchSize = 8
        trainer.l2 = 1e-4
        let history = try trainer.train(on: data, random: &random)
        return (net.parameters.map(\.values), history.loss)
    }

    /// FNV-1a over the bit patterns of every value, in order.
    static func fingerprint(_ values: [Double]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for value in values {
            var bits = value.bitPattern
            for _ in 0..<8 {
                hash = (hash ^ (bits & 0xff)) &* 0x100_0000_01b3
                bits >>= 8
            }
        }
        return hash
    }

    @Test("twice in one process: identical bit patterns; another seed differs")
    func inProcess() throws {
        let first = try Self.train(seed: 11)
        let second = try Self.train(seed: 11)
        #expect(first.parameters.flatMap { $0 }.map(\.bitPattern) == second.parameters.flatMap { $0 }.map(\.bitPattern))
        #expect(first.loss.map(\.bitPattern) == second.loss.map(\.bitPattern))
        #expect(try Self.train(seed: 12).parameters != first.parameters)
    }

    @Test("the trained parameters match values recorded from an earlier run")
    func acrossProcesses() throws {
        // These numbers were produced by running this training once and are committed here,
        // so a fresh process, and another machine, must reproduce them bit for bit: unlike the
        // test above, this pins the behaviour across processes and machines. A change to the
        // generator, the initialisation, the data, the shuffling, the order in which an
        // operation adds up its terms, or the optimizer shows up here as a deliberate change of
        // results that learners would see; record the new numbers from the failure message.
        // Every matrix product here is below MatrixKernel's OpenBLAS threshold, so all of them
        // run in Swift, which adds up terms in a fixed order on every machine.
        let result = try Self.train(seed: 11)
        let fingerprint = Self.fingerprint(result.parameters.flatMap { $0 })
        let recorded = "fingerprint \(fingerprint), loss[9] \(result.loss[9]), output bias \(result.parameters[3])"
        #expect(fingerprint == 17_764_684_148_361_075_757, "\(recorded)")
        // Two of the values in the clear, to show how far apart a failing run is.
        #expect(result.loss[9] == 0.578168765205947, "\(recorded)")
        #expect(result.parameters[3] == [0.549412532375407], "\(recorded)")
    }
}
