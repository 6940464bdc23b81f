import Foundation
import Testing
@testable import DutchQuizPlugin

@Suite("Scheduler settings")
struct SchedulerSettingsTests {
    @Test("a wrong number of weights is refused")
    func count() {
        #expect(throws: SchedulerError(problems: ["expected 21 parameters, got 19"])) {
            try Scheduler(parameters: Array(Scheduler.defaultParameters.prefix(19)))
        }
    }

    @Test("every weight out of its bounds is named, with the bounds")
    func bounds() {
        var weights = Scheduler.defaultParameters
        weights[7] = 0.9
        weights[20] = 0.05
        do {
            _ = try Scheduler(parameters: weights)
            Issue.record("accepted out-of-bounds weights")
        } catch {
            #expect(error.problems == [
                "parameters[7] = 0.9 is out of bounds: [0.001, 0.75]",
                "parameters[20] = 0.05 is out of bounds: [0.1, 0.8]",
            ])
        }
    }

    @Test("retention outside (0, 1), a maximum interval under a day and empty steps are refused")
    func refused() {
        #expect(throws: SchedulerError.self) { try Scheduler(desiredRetention: 1) }
        #expect(throws: SchedulerError.self) { try Scheduler(desiredRetention: 0) }
        #expect(throws: SchedulerError.self) { try Scheduler(maximumInterval: 0) }
        #expect(throws: SchedulerError.self) { try Scheduler(learningSteps: [.zero]) }
        #expect(throws: SchedulerError.self) { try Scheduler(relearningSteps: [.seconds(-5)]) }
    }

    @Test("a new card is learning at step 0 with no memory; its first review sets the initial memory")
    func newCard() throws {
        let start = Date(timeIntervalSince1970: 1_709_283_600)
        var scheduler = try Scheduler()
        let card = Card(due: start)
        #expect(card.state == .learning && card.step == 0 && card.stability == nil && card.lastReview == nil)
        #expect(scheduler.retrievability(of: card, at: start) == 0)
        let (next, log) = scheduler.review(card, rating: .easy, at: start, duration: .seconds(4))
        #expect(next.state == .review && next.step == nil)
        #expect(next.stability == Scheduler.defaultParameters[3])
        #expect(log.retrievability == nil && log.duration == .seconds(4))
        #expect(scheduler.retrievability(of: next, at: start) == 1)
    }
}
