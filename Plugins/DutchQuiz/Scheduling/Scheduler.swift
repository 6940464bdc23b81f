import Foundation
import KnobsPluginAPI

/// The FSRS-6 scheduler (Free Spaced Repetition Scheduler), as the `fsrs` package
/// 6.3.2 on PyPI implements it, step for step.
///
/// Reviewing a card updates its memory (stability and difficulty) and decides
/// when it is next due: after a learning or relearning step (minutes), or after
/// an interval in whole days at which the predicted chance of recall has fallen
/// to the desired retention. `docs/QUIZ.md` ("Scheduling") explains the model.
///
/// Interval fuzzing is on when a generator is given: it spreads due days a little
/// so that cards learned together do not stay together. The reference package
/// draws its fuzz from Python's `random`, this one from knobs's seeded
/// ``RandomGenerator``, so fuzzed due days differ from Python's (the unfuzzed ones
/// are identical).
public struct Scheduler: Sendable {
    /// The 21 FSRS-6 weights w0…w20 the package ships (its `DEFAULT_PARAMETERS`).
    public static let defaultParameters: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666,
        0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658,
        0.1542,
    ]
    /// The package's defaults: 1 minute and 10 minutes.
    public static let defaultLearningSteps: [Duration] = [.seconds(60), .seconds(600)]
    /// The package's default: 10 minutes.
    public static let defaultRelearningSteps: [Duration] = [.seconds(600)]

    static let lowerBounds: [Double] = [
        0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001, 0.001,
        0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
    ]
    static let upperBounds: [Double] = [
        100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8,
    ]
    static let microsecondsPerDay: Int64 = 86_400_000_000

    /// The weights w0…w20.
    public let parameters: [Double]
    /// The chance of recall at which a review card falls due (0.9: nine in ten remembered).
    public let desiredRetention: Double
    /// The waits between the first reviews of a new card, before its first interval in days.
    public let learningSteps: [Duration]
    /// The waits between reviews of a forgotten card, before it goes back to review.
    public let relearningSteps: [Duration]
    /// The longest interval in days.
    public let maximumInterval: Int
    /// The generator fuzz is drawn from; `nil` turns fuzzing off.
    public private(set) var fuzz: RandomGenerator?

    /// The forgetting curve's exponent, −w20.
    let decay: Double
    /// Chosen so that retrievability is 0.9 after `stability` days: 0.9^(1/decay) − 1.
    let factor: Double
    let learningStepMicroseconds: [Int64]
    let relearningStepMicroseconds: [Int64]

    /// A scheduler with the package's defaults, or the settings given.
    ///
    /// - Parameters:
    ///   - parameters: the 21 weights, each within FSRS's bounds.
    ///   - desiredRetention: strictly between 0 and 1.
    ///   - learningSteps: positive waits, counted in whole microseconds like the package does.
    ///   - relearningSteps: positive waits; none sends a forgotten card straight back to review.
    ///   - maximumInterval: at least 1 day.
    ///   - fuzz: the generator to fuzz intervals with, or `nil` (the default) for no fuzz.
    /// - Throws: ``SchedulerError`` naming every setting that is out of range.
    public init(
        parameters: [Double] = Scheduler.defaultParameters,
        desiredRetention: Double = 0.9,
        learningSteps: [Duration] = Scheduler.defaultLearningSteps,
        relearningSteps: [Duration] = Scheduler.defaultRelearningSteps,
        maximumInterval: Int = 36_500,
        fuzz: RandomGenerator? = nil
    ) throws(SchedulerError) {
        var problems: [String] = []
        if parameters.count != Scheduler.lowerBounds.count {
            problems.append("expected \(Scheduler.lowerBounds.count) parameters, got \(parameters.count)")
        } else {
            for (index, value) in parameters.enumerated()
            where !(Scheduler.lowerBounds[index] <= value && value <= Scheduler.upperBounds[index]) {
                problems.append("parameters[\(index)] = \(value) is out of bounds: [\(Scheduler.lowerBounds[index]), \(Scheduler.upperBounds[index])]")
            }
        }
        if !(desiredRetention > 0 && desiredRetention < 1) {
            problems.append("desired retention \(desiredRetention) must be between 0 and 1")
        }
        if maximumInterval < 1 {
            problems.append("maximum interval \(maximumInterval) must be at least 1 day")
        }
        for step in learningSteps + relearningSteps where step.wholeMicroseconds <= 0 {
            problems.append("step \(step) must be at least one microsecond")
        }
        guard problems.isEmpty else { throw SchedulerError(problems: problems) }

        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.fuzz = fuzz
        decay = -parameters[20]
        factor = Foundation.pow(0.9, 1 / decay) - 1
        learningStepMicroseconds = learningSteps.map(\.wholeMicroseconds)
        relearningStepMicroseconds = relearningSteps.map(\.wholeMicroseconds)
    }

    /// The predicted chance, from 0 to 1, that the card is recalled at `time`.
    ///
    /// Counts whole days since the last review (a review 23 hours later sees a full
    /// retrievability of 1). A card never reviewed has 0, as in the package.
    public func retrievability(of card: Card, at time: Date) -> Double {
        guard let lastReview = card.lastReview, let stability = card.stability else { return 0 }
        let days = max(0, elapsedDays(from: lastReview, to: time))
        return Foundation.pow(1 + factor * Double(days) / stability, decay)
    }

    /// Reviews `card` at `time` with `rating`: the card's next state and memory, and a log entry.
    ///
    /// `mutating` only because fuzzing draws from ``fuzz``; without fuzz nothing changes.
    ///
    /// - Parameters:
    ///   - card: the card as it was before the review.
    ///   - rating: how the review went.
    ///   - time: when it happened; times are instants, independent of any time zone.
    ///   - duration: how long the learner took, kept in the log only.
    /// - Returns: the reviewed card (due at its next review) and the review's log entry.
    public mutating func review(_ card: Card, rating: Rating, at time: Date, duration: Duration? = nil) -> (card: Card, log: ReviewLog) {
        let retrievabilityBefore = card.lastReview == nil ? nil : retrievability(of: card, at: time)
        var next = card
        updateMemory(of: &next, rating: rating, at: time)

        var interval: Int64
        switch card.state {
        case .learning:
            interval = advance(&next, rating: rating, through: learningStepMicroseconds)
        case .relearning:
            interval = advance(&next, rating: rating, through: relearningStepMicroseconds)
        case .review:
            if rating == .again, let first = relearningStepMicroseconds.first {
                next.state = .relearning
                next.step = 0
                interval = first
            } else {
                interval = Int64(intervalDays(stability: next.stability ?? 0)) * Scheduler.microsecondsPerDay
            }
        }
        if next.state == .review, var generator = fuzz {
            let days = Int(flooredDivision(interval, by: Scheduler.microsecondsPerDay))
            interval = Int64(fuzzedIntervalDays(days, uniform: generator.uniform())) * Scheduler.microsecondsPerDay
            fuzz = generator
        }
        next.due = Date(microsecondsSince1970: time.microsecondsSince1970 + interval)
        next.lastReview = time
        let log = ReviewLog(rating: rating, reviewedAt: time, duration: duration, retrievability: retrievabilityBefore)
        return (next, log)
    }

    /// Whole days (floored) from `start` to `end`, as Python's `timedelta.days`.
    func elapsedDays(from start: Date, to end: Date) -> Int64 {
        flooredDivision(end.microsecondsSince1970 - start.microsecondsSince1970, by: Scheduler.microsecondsPerDay)
    }

    /// New stability and difficulty after a review, from the card as it was.
    private func updateMemory(of card: inout Card, rating: Rating, at time: Date) {
        guard let stability = card.stability, let difficulty = card.difficulty else {
            card.stability = initialStability(rating)
            card.difficulty = initialDifficulty(rating, clamped: true)
            return
        }
        if let lastReview = card.lastReview, elapsedDays(from: lastReview, to: time) < 1 {
            card.stability = shortTermStability(stability, rating: rating)
        } else {
            let recall = retrievability(of: card, at: time)
            card.stability = nextStability(difficulty: difficulty, stability: stability, retrievability: recall, rating: rating)
        }
        card.difficulty = nextDifficulty(difficulty, rating: rating)
    }

    /// Moves a learning or relearning card through `steps`; returns the wait in microseconds.
    private func advance(_ card: inout Card, rating: Rating, through steps: [Int64]) -> Int64 {
        let step = max(card.step ?? 0, 0)
        if steps.isEmpty || (step >= steps.count && rating != .again) {
            return graduate(&card)
        }
        switch rating {
        case .again:
            card.step = 0
            return steps[0]
        case .hard:
            card.step = step
            if step == 0 && steps.count == 1 { return dividedRoundingHalfToEven(steps[0] * 3, by: 2) }
            if step == 0 { return dividedRoundingHalfToEven(steps[0] + steps[1], by: 2) }
            return steps[step]
        case .good:
            if step + 1 == steps.count { return graduate(&card) }
            card.step = step + 1
            return steps[step + 1]
        case .easy:
            return graduate(&card)
        }
    }

    /// Puts the card in review; returns its interval in microseconds.
    private func graduate(_ card: inout Card) -> Int64 {
        card.state = .review
        card.step = nil
        return Int64(intervalDays(stability: card.stability ?? 0)) * Scheduler.microsecondsPerDay
    }
}
