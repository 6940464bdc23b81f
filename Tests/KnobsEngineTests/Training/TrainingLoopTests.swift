import Testing
@testable import KnobsEngine

/// `Trainer` is nothing but the loop a learner writes by hand.
@Suite("Training loop")
struct TrainingLoopTests {
    /// The XOR data and a fresh 2-4-1 network, the same for the same seed.
    func xorSetup(seed: UInt64) throws -> (Dataset, MLP) {
        var random = RandomGenerator(seed: seed)
        let data = try Dataset.make("xor", random: &random)
        return (data, try MLP(sizes: [2, 4, 1], activation: .tanh, random: &random))
    }

    @Test("a hand-written full-batch loop gives exactly the numbers of Trainer")
    func handWrittenLoop() throws {
        let epochs = 60
        let (data, trained) = try xorSetup(seed: 3)
        var trainer = Trainer(model: trained, loss: { try Loss.bce($0, $1) }, optimizer: SGD(learningRate: 0.5))
        trainer.epochs = epochs
        var unused = RandomGenerator(seed: 0)
        let history = try trainer.train(on: data, random: &unused)

        let (_, net) = try xorSetup(seed: 3)
        let optimizer = SGD(learningRate: 0.5)
        var losses = [Double]()
        for _ in 0..<epochs {
            net.zeroGradients()
            let loss = try Loss.bce(try net.forward(data.x), data.y)
            losses.append(try #require(loss.scalar))
            try loss.backward()
            try optimizer.step(net.parameters)
        }

        #expect(history.loss == losses)
        #expect(history.steps == epochs)
        #expect(net.parameters.map(\.values) == trained.parameters.map(\.values))
        #expect(net.parameters.map(\.grad) == trained.parameters.map(\.grad))
        // Not trivially equal: training moved the parameters away from their start.
        #expect(try xorSetup(seed: 3).1.parameters.map(\.values) != net.parameters.map(\.values))
    }

    @Test("l2 in Trainer adds weight times the sum of squares to what is differentiated, not to the reported loss")
    func l2Penalty() throws {
        let (data, trained) = try xorSetup(seed: 4)
        var trainer = Trainer(model: trained, loss: { try Loss.bce($0, $1) }, optimizer: SGD(learningRate: 0.5))
        trainer.epochs = 5
        trainer.l2 = 1e-2
        var unused = RandomGenerator(seed: 0)
        let history = try trainer.train(on: data, random: &unused)

        let (_, net) = try xorSetup(seed: 4)
        let optimizer = SGD(learningRate: 0.5)
        var losses = [Double]()
        for _ in 0..<5 {
            net.zeroGradients()
            let loss = try Loss.bce(try net.forward(data.x), data.y)
            losses.append(try #require(loss.scalar))
            try (loss + Tensor(scalar: 1e-2) * Loss.l2(net.parameters)).backward()
            try optimizer.step(net.parameters)
        }
        #expect(history.loss == losses)
        #expect(net.parameters.map(\.values) == trained.parameters.map(\.values))
    }
}
