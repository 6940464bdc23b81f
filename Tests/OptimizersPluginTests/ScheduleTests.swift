import Foundation
import Testing
@testable import OptimizersPlugin

/// The schedules against their closed forms.
@Suite("Learning-rate schedules")
struct ScheduleTests {
    @Test("constant, step and exponential")
    func simple() throws {
        let constant = try LearningRateSchedule(.constant, base: 0.3)
        #expect((0..<50).allSatisfy { constant.lr(at: $0) == 0.3 })
        let step = try LearningRateSchedule(.step(size: 30, gamma: 0.1), base: 0.1)
        for t in [0, 1, 29, 30, 59, 60, 95] {
            #expect(step.lr(at: t) == 0.1 * pow(0.1, Double(t / 30)), "step \(t)")
        }
        #expect(step.lr(at: 29) == 0.1 && abs(step.lr(at: 30) - 0.01) < 1e-17)
        let exponential = try LearningRateSchedule(.exponential(gamma: 0.9), base: 2)
        for t in [0, 1, 7, 100] {
            #expect(exponential.lr(at: t) == 2 * pow(0.9, Double(t)))
        }
    }

    @Test("cosine: from the base down to the minimum over its steps, then stays")
    func cosine() throws {
        let schedule = try LearningRateSchedule(.cosine(steps: 100, minimum: 0.001), base: 0.1)
        #expect(schedule.lr(at: 0) == 0.1)
        #expect(abs(schedule.lr(at: 50) - (0.001 + 0.099 / 2)) < 1e-15)
        #expect(abs(schedule.lr(at: 100) - 0.001) < 1e-15)
        #expect(schedule.lr(at: 250) == schedule.lr(at: 100))
        for t in [13, 37, 81] {
            #expect(abs(schedule.lr(at: t) - (0.001 + 0.099 * (1 + cos(Double.pi * Double(t) / 100)) / 2)) < 1e-15)
        }
        let rates = (0...100).map(schedule.lr(at:))
        #expect(zip(rates, rates.dropFirst()).allSatisfy { $0 >= $1 })
    }

    @Test("warm-up then cosine: a straight rise to the base, then the cosine to the minimum")
    func warmup() throws {
        let schedule = try LearningRateSchedule(.warmupCosine(warmup: 10, steps: 110, minimum: 0), base: 0.5)
        #expect(schedule.lr(at: 0) == 0)
        #expect(schedule.lr(at: 5) == 0.25)
        #expect(schedule.lr(at: 10) == 0.5)
        #expect(abs(schedule.lr(at: 60) - 0.25) < 1e-15)
        #expect(abs(schedule.lr(at: 110)) < 1e-15)
        #expect(abs(schedule.lr(at: 35) - 0.5 * (1 + cos(Double.pi * 25 / 100)) / 2) < 1e-15)
    }

    @Test("settings out of range are refused, naming the setting", arguments: [
        (LearningRateSchedule.Kind.step(size: 0, gamma: 0.1), 0.1, "step_size"),
        (.exponential(gamma: -1), 0.1, "gamma"),
        (.cosine(steps: 0, minimum: 0), 0.1, "steps"),
        (.warmupCosine(warmup: 10, steps: 10, minimum: 0), 0.1, "steps"),
        (.warmupCosine(warmup: 0, steps: 10, minimum: 0), 0.1, "warmup"),
        (.cosine(steps: 10, minimum: -1), 0.1, "min_lr"),
        (.constant, -0.1, "lr"),
    ])
    func refused(kind: LearningRateSchedule.Kind, base: Double, setting: String) {
        do {
            _ = try LearningRateSchedule(kind, base: base)
            Issue.record("accepted \(kind)")
        } catch let error as OptimizerSettingError {
            #expect(error.setting == setting)
        } catch {
            Issue.record("\(error)")
        }
    }
}
