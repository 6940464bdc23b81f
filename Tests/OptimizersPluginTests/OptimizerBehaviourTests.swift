import Foundation
import KnobsEngine
import Testing
@testable import OptimizersPlugin

/// What every optimizer does besides its arithmetic: state per parameter,
/// parameters without gradients, settings it refuses, labels.
@Suite("Optimizer behaviour")
struct OptimizerBehaviourTests {
    static func all() throws -> [any Optimizer] {
        [
            try StochasticGradientDescent(learningRate: 0.1, momentum: 0.9), try Adagrad(), try RMSprop(momentum: 0.5, centered: true),
            try Adam(amsgrad: true), try Adam.w(), try Lion(learningRate: 0.01),
        ]
    }

    @Test("a parameter without a gradient is left as it is; the others move")
    func skipsWithoutGradient() throws {
        for optimizer in try OptimizerBehaviourTests.all() {
            let still = Tensor.parameter([1, 2], shape: [2])
            let moving = Tensor.parameter([1, 2], shape: [2])
            moving.grad = [0.5, -0.5]
            try optimizer.step([still, moving])
            #expect(still.values == [1, 2], "\(optimizer.name)")
            #expect(moving.values != [1, 2], "\(optimizer.name)")
            #expect(still.version == 0 && moving.version == 1, "\(optimizer.name)")
        }
    }

    @Test("one tensor of 11 values moves exactly as 11 tensors of one value (the vector loops and the scalar ones agree)")
    func vectorMatchesScalar() throws {
        let makers: [() throws -> any Optimizer] = [
            { try Adam(learningRate: 0.1) }, { try Adam(learningRate: 0.1, weightDecay: 0.2, amsgrad: true) },
            { try Adam.w(learningRate: 0.1, amsgrad: true, maximize: true) }, { try StochasticGradientDescent(learningRate: 0.1, momentum: 0.9, nesterov: true) },
            { try RMSprop(momentum: 0.5, centered: true) }, { try Adagrad(learningRateDecay: 0.1) }, { try Lion(learningRate: 0.01, weightDecay: 0.1) },
        ]
        for make in makers {
            let (whole, pieces) = (try make(), try make())
            let start = (0..<11).map { Double($0) / 3 - 1.5 }
            let tensor = Tensor.parameter(start, shape: [11])
            let scalars = start.map { Tensor.parameter([$0], shape: []) }
            for step in 0..<6 {
                let gradient = start.indices.map { sin(Double($0 * 7 + step)) * Double(step + 1) }
                tensor.grad = gradient
                for (scalar, g) in zip(scalars, gradient) { scalar.grad = [g] }
                try whole.step([tensor])
                try pieces.step(scalars)
            }
            #expect(tensor.values == scalars.map { $0.values[0] }, "\(whole.label)")
        }
    }

    @Test("two parameters keep separate state: stepping one with the other's gradient does not change it")
    func separateState() throws {
        let together = try Adam(learningRate: 0.1)
        let apart = (try Adam(learningRate: 0.1), try Adam(learningRate: 0.1))
        let a = Tensor.parameter([1], shape: [1]), b = Tensor.parameter([1], shape: [1])
        let a2 = Tensor.parameter([1], shape: [1]), b2 = Tensor.parameter([1], shape: [1])
        for step in 0..<5 {
            a.grad = [Double(step)]; b.grad = [-3]
            a2.grad = [Double(step)]; b2.grad = [-3]
            try together.step([a, b])
            try apart.0.step([a2])
            try apart.1.step([b2])
        }
        #expect(a.values == a2.values)
        #expect(b.values == b2.values)
    }

    @Test("state is kept only while its parameter lives")
    func stateFollowsParameter() throws {
        let memory = ParameterMemory<StateBuffer>()
        var kept = [Tensor]()
        for round in 0..<50 {
            let parameter = Tensor.parameter([Double(round)], shape: [1])
            let state = memory.state(for: parameter) { StateBuffer(count: 1, value: Double(round)) }
            #expect(state.values[0] == Double(round), "a new parameter starts from fresh state, never a freed one's")
            if round % 10 == 0 { kept.append(parameter) }
        }
        #expect(memory.count == kept.count)
        #expect(memory.state(for: kept[1]) { StateBuffer(count: 1, value: -1) }.values[0] == 10)
    }

    @Test("momentum remembers: the second step of sgd with momentum is longer than plain sgd's")
    func momentumAccumulates() throws {
        let plain = try StochasticGradientDescent(learningRate: 0.1)
        let heavy = try StochasticGradientDescent(learningRate: 0.1, momentum: 0.9)
        let p = Tensor.parameter([0], shape: []), q = Tensor.parameter([0], shape: [])
        for _ in 0..<2 {
            p.grad = [1]; q.grad = [1]
            try plain.step([p]); try heavy.step([q])
        }
        #expect(p.values[0] == -0.2)
        #expect(abs(q.values[0] - -0.29) < 1e-15)
    }

    @Test("settings out of range are refused, naming the setting")
    func refused() {
        let attempts: [(String, () throws -> Void)] = [
            ("lr", { _ = try StochasticGradientDescent(learningRate: -1) }),
            ("nesterov", { _ = try StochasticGradientDescent(learningRate: 0.1, nesterov: true) }),
            ("nesterov", { _ = try StochasticGradientDescent(learningRate: 0.1, momentum: 0.9, dampening: 0.1, nesterov: true) }),
            ("eps", { _ = try Adagrad(epsilon: .nan) }),
            ("momentum", { _ = try RMSprop(momentum: -0.5) }),
            ("betas", { _ = try Adam(betas: (0.9, 1)) }),
            ("betas", { _ = try Lion(betas: (-0.1, 0.99)) }),
            ("weight_decay", { _ = try Adam.w(weightDecay: .infinity) }),
        ]
        for (setting, make) in attempts {
            do {
                try make()
                Issue.record("accepted a bad \(setting)")
            } catch let error as OptimizerSettingError {
                #expect(error.setting == setting)
            } catch {
                Issue.record("\(error)")
            }
        }
    }

    @Test("labels name the optimizer and the settings that differ from the defaults")
    func labels() throws {
        #expect(try StochasticGradientDescent(learningRate: 0.01, momentum: 0.9).label == "sgd(lr: 0.01, momentum: 0.9)")
        #expect(try Adam().label == "adam(lr: 0.001)")
        #expect(try Adam.w(learningRate: 0.01, amsgrad: true).label == "adamw(lr: 0.01, amsgrad: true)")
        #expect(try Adam.w(weightDecay: 0).label == "adamw(lr: 0.001, weight_decay: 0)")
        #expect(try Lion(betas: (0.95, 0.98)).label == "lion(lr: 0.0001, betas: [0.95, 0.98])")
        #expect(try RMSprop(centered: true).label == "rmsprop(lr: 0.01, centered: true)")
        #expect(SGD(learningRate: 0.5).label == "sgd(lr: 0.5)")
        let scheduled = ScheduledOptimizer(try Adam(betas: (0.8, 0.9)), schedule: try LearningRateSchedule(.exponential(gamma: 0.5), base: 1))
        #expect(scheduled.label == "adam(lr: exponential schedule, betas: [0.8, 0.9])")
    }

    @Test("a scheduled optimizer sets the rate of each step from the schedule, counting its own steps")
    func scheduled() throws {
        let schedule = try LearningRateSchedule(.step(size: 2, gamma: 0.5), base: 1)
        let optimizer = ScheduledOptimizer(try StochasticGradientDescent(learningRate: 99), schedule: schedule)
        #expect(optimizer.learningRate == 1)
        let p = Tensor.parameter([0], shape: [])
        var moves: [Double] = []
        for _ in 0..<5 {
            p.grad = [1]
            let before = p.values[0]
            try optimizer.step([p])
            moves.append(before - p.values[0])
        }
        #expect(moves == [1, 1, 0.5, 0.5, 0.25])
        #expect(optimizer.stepsTaken == 5)
    }
}
