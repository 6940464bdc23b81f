import Testing
@testable import KnobsEngine

/// Graphs are freed once nothing refers to them: no reference cycles, no deep recursion.
@Suite("Memory")
struct MemoryTests {
    /// A reference that does not keep its object alive.
    final class Watch {
        weak var object: AnyObject?
        init(_ object: AnyObject) { self.object = object }
    }

    /// The moons data and a small tanh network.
    static func setup() throws -> (Dataset, MLP) {
        var random = RandomGenerator(seed: 1)
        let data = try Dataset.make("moons", count: 16, random: &random)
        return (data, try MLP(sizes: [2, 8, 1], activation: .tanh, random: &random))
    }

    /// One hand-written training step; returns watches on its loss, a hidden layer's output and the loss's origin.
    static func step(_ net: MLP, _ data: Dataset, _ optimizer: SGD) throws -> [Watch] {
        net.zeroGradients()
        let hidden = try net.layers[0].forward(data.x).apply(.tanh)
        let loss = try Loss.bce(try net.layers[1].forward(hidden), data.y)
        try loss.backward()
        try optimizer.step(net.parameters)
        return [Watch(loss), Watch(hidden), Watch(try #require(loss.origin))]
    }

    @Test("10,000 hand-written training steps leave no graph of any step alive")
    func handWrittenSteps() throws {
        let (data, net) = try Self.setup()
        let optimizer = SGD(learningRate: 0.1)
        var survivors = 0
        for _ in 0..<10_000 {
            let watches = try Self.step(net, data, optimizer)
            // The step has returned: its loss, its intermediate results and their origins must be gone.
            survivors += watches.filter { $0.object != nil }.count
        }
        #expect(survivors == 0)
    }

    @Test("10,000 steps of Trainer leave no prediction or loss alive")
    func trainerSteps() throws {
        let (data, net) = try Self.setup()
        final class Watches { var all = [Watch]() }
        let watches = Watches()
        var trainer = Trainer(model: net, loss: { prediction, target in
            let loss = try Loss.bce(prediction, target)
            watches.all += [Watch(prediction), Watch(loss)]
            return loss
        }, optimizer: SGD(learningRate: 0.1))
        trainer.epochs = 10_000
        var random = RandomGenerator(seed: 2)
        let history = try trainer.train(on: data, random: &random)
        #expect(history.steps == 10_000)
        #expect(watches.all.count == 20_000)
        #expect(watches.all.allSatisfy { $0.object == nil })
    }

    @Test("a chain of 1,000,000 additions runs backward and is freed without a deep stack")
    func millionAdditions() throws {
        let p = Tensor.parameter([0.5], shape: [])
        let watches = try { () throws -> [Watch] in
            var s = try Tensor(scalar: 0) + p
            let first = Watch(s)
            for _ in 1..<1_000_000 { s = try s + p }
            #expect(s.values == [500_000])
            // The topological order is built without recursion.
            try s.backward()
            return [first, Watch(s)]
        }()
        #expect(p.grad == [1_000_000])
        // The chain was released when the closure returned; freeing it one nested release
        // per link would have overflowed the stack before this line.
        #expect(watches.allSatisfy { $0.object == nil })
    }

    @Test("a chain of 1,000,000 products of the previous result with itself is freed too")
    func millionSquares() throws {
        let p = Tensor.parameter([1], shape: [])
        let watches = try { () throws -> [Watch] in
            // Each origin lists the previous result twice, so neither entry alone owns it.
            var s = try p * p
            let first = Watch(s)
            for _ in 1..<1_000_000 { s = try s * s }
            #expect(s.tracksGradient)
            return [first, Watch(s)]
        }()
        #expect(watches.allSatisfy { $0.object == nil })
    }
}
