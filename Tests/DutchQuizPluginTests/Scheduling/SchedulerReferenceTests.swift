import Foundation
import Testing
@testable import DutchQuizPlugin

@Suite("FSRS against the fsrs package's trajectories")
struct SchedulerReferenceTests {
    static let file = Result { try FSRSFixtures.load(TrajectoryFile.self, "trajectories") }
    static let names: [String] = (try? file.get().sequences.map(\.name)) ?? []

    /// Where a `Date` (a double counting seconds from 2001) stops holding every microsecond: 2^32 s, early 2137.
    static let lastExactMicrosecond = Date.referenceDateMicroseconds + (Int64(1) << 32) * 1_000_000

    /// The same microsecond; after 2137, where `Date` cannot hold microseconds, within one.
    static func sameInstant(_ date: Date, _ microseconds: Int64) -> Bool {
        let difference = abs(date.microsecondsSince1970 - microseconds)
        return microseconds < lastExactMicrosecond ? difference == 0 : difference <= 1
    }

    @Test("the fixtures come from the pinned package and cover every state, rating and scheduler setting")
    func coverage() throws {
        let file = try Self.file.get()
        #expect(file.package == "fsrs 6.3.2")
        let reviews = file.sequences.flatMap(\.reviews)
        #expect(Set(reviews.map(\.state)) == [1, 2, 3])
        #expect(Set(reviews.map(\.rating)) == [1, 2, 3, 4])
        #expect(Set(file.sequences.map(\.settings)) == Set(file.settings.keys))
        #expect(reviews.count > 1000)
    }

    @Test("the default scheduler has the package's defaults")
    func defaults() throws {
        let reference = try #require(try Self.file.get().settings["default"])
        let scheduler = try Scheduler()
        #expect(scheduler.parameters == reference.parameters)
        #expect(scheduler.desiredRetention == reference.desiredRetention)
        #expect(scheduler.learningSteps.map(\.wholeMicroseconds) == reference.learningStepsUs)
        #expect(scheduler.relearningSteps.map(\.wholeMicroseconds) == reference.relearningStepsUs)
        #expect(scheduler.maximumInterval == reference.maximumInterval)
        #expect(scheduler.fuzz == nil)
    }

    @Test("every review gives the package's state, step, stability, difficulty, due time and retrievability", arguments: names)
    func trajectory(name: String) throws {
        let file = try Self.file.get()
        let sequence = try #require(file.sequences.first { $0.name == name })
        var scheduler = try #require(file.settings[sequence.settings]).scheduler()
        var card = Card(due: Date(microsecondsSince1970: sequence.reviews[0].atUs))
        for (index, expected) in sequence.reviews.enumerated() {
            let rating = try #require(Rating(rawValue: expected.rating))
            let at = Date(microsecondsSince1970: expected.atUs)
            let log: ReviewLog
            (card, log) = scheduler.review(card, rating: rating, at: at)
            let place = "\(name) review \(index + 1)"
            #expect(card.state.rawValue == expected.state, "\(place): state")
            #expect(card.step == expected.step, "\(place): step")
            #expect(FSRSFixtures.close(card.stability ?? .nan, expected.stability), "\(place): stability \(card.stability ?? .nan) vs \(expected.stability)")
            #expect(FSRSFixtures.close(card.difficulty ?? .nan, expected.difficulty), "\(place): difficulty \(card.difficulty ?? .nan) vs \(expected.difficulty)")
            #expect(Self.sameInstant(card.due, expected.dueUs), "\(place): due \(card.due.microsecondsSince1970) vs \(expected.dueUs)")
            #expect(Self.sameInstant(try #require(card.lastReview), expected.lastReviewUs), "\(place): last review")
            switch (log.retrievability, expected.retrievability) {
            case (nil, nil): break
            case let (actual?, reference?):
                #expect(FSRSFixtures.close(actual, reference), "\(place): retrievability \(actual) vs \(reference)")
            default:
                Issue.record("\(place): retrievability \(String(describing: log.retrievability)) vs \(String(describing: expected.retrievability))")
            }
            if index == 0 { continue }
            #expect(log.rating == rating && log.reviewedAt == at, "\(place): log")
        }
    }
}
