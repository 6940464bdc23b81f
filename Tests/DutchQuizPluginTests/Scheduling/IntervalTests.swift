import Foundation
import Testing
@testable import DutchQuizPlugin
import KnobsPluginAPI

@Suite("FSRS intervals and fuzz against the fsrs package")
struct IntervalTests {
    static let file = Result { try FSRSFixtures.load(IntervalFile.self, "intervals") }
    static let settings = Result { try FSRSFixtures.load(TrajectoryFile.self, "trajectories").settings }

    @Test("stability becomes days as the package rounds them: half to even, at least 1, at most the maximum")
    func intervals() throws {
        let file = try Self.file.get()
        let settings = try Self.settings.get()
        #expect(file.intervals.count == 4)
        for (name, table) in file.intervals {
            let scheduler = try #require(settings[name]).scheduler()
            for row in table {
                #expect(scheduler.intervalDays(stability: row.stability) == row.days, "\(name): stability \(row.stability)")
            }
        }
    }

    @Test("2.5 days of stability is 2 days, not 3 (Python's round), with retention 0.9")
    func halfToEven() throws {
        let scheduler = try Scheduler()
        let exactlyHalf = 2.5 * scheduler.factor / (Foundation.pow(0.9, 1 / scheduler.decay) - 1)
        #expect(scheduler.intervalDays(stability: exactlyHalf) == 2)
        #expect(scheduler.intervalDays(stability: 1e300) == 36_500)
    }

    @Test("a fuzzed interval is the package's for the same uniform number")
    func fuzzTable() throws {
        let file = try Self.file.get()
        let settings = try Self.settings.get()
        #expect(file.fuzz.count > 100)
        for row in file.fuzz {
            let scheduler = try #require(settings[row.settings]).scheduler()
            #expect(scheduler.fuzzedIntervalDays(row.days, uniform: row.uniform) == row.fuzzedDays,
                    "\(row.settings): \(row.days) days with u = \(row.uniform)")
        }
    }

    @Test("with a generator, review intervals are fuzzed by its numbers, and the same seed gives the same days")
    func seededFuzz() throws {
        let start = Date(microsecondsSince1970: 1_709_283_600_000_000)
        let plain = try Scheduler()
        var fuzzed = try Scheduler(fuzz: RandomGenerator(seed: 7))
        var again = try Scheduler(fuzz: RandomGenerator(seed: 7))
        var draws = RandomGenerator(seed: 7)
        var card = Card(due: start)
        var plainCard = card
        var time = start
        var changed = 0
        for _ in 0..<12 {
            let before = card
            (card, _) = fuzzed.review(before, rating: .easy, at: time)
            #expect(again.review(before, rating: .easy, at: time).card == card)
            var copy = plain
            (plainCard, _) = copy.review(before, rating: .easy, at: time)
            #expect(plainCard.stability == card.stability && plainCard.difficulty == card.difficulty)
            let plainDays = Int(plain.elapsedDays(from: time, to: plainCard.due))
            let expected = plain.fuzzedIntervalDays(plainDays, uniform: draws.uniform())
            #expect(plain.elapsedDays(from: time, to: card.due) == Int64(expected))
            if expected != plainDays { changed += 1 }
            time = card.due
        }
        #expect(changed > 0)
    }

    @Test("learning steps are not fuzzed and draw nothing")
    func stepsNotFuzzed() throws {
        let start = Date(microsecondsSince1970: 1_709_283_600_000_000)
        var scheduler = try Scheduler(fuzz: RandomGenerator(seed: 1))
        let (card, _) = scheduler.review(Card(due: start), rating: .good, at: start)
        #expect(card.due.timeIntervalSince(start) == 600)
        var left = try #require(scheduler.fuzz)
        var unused = RandomGenerator(seed: 1)
        #expect(left.nextUInt64() == unused.nextUInt64())
    }
}
