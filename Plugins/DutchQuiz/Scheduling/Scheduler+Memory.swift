import Foundation

/// FSRS-6's memory model: how stability and difficulty start and change.
///
/// Every formula keeps the reference package's order of operations, and writes
/// eˣ as `pow(e, x)` (Python's `math.e ** x`), because `exp(x)` differs from
/// it in the last bit for most x.
extension Scheduler {
    static let minimumStability = 0.001
    static let difficultyRange = 1.0...10.0

    private func w(_ index: Int) -> Double { parameters[index] }

    /// eˣ the way Python's `math.e ** x` computes it.
    private func ePower(_ x: Double) -> Double { Foundation.pow(M_E, x) }

    /// S₀(G) = w[G−1]: the stability after a card's first review.
    func initialStability(_ rating: Rating) -> Double {
        max(w(rating.rawValue - 1), Scheduler.minimumStability)
    }

    /// D₀(G) = w4 − e^(w5·(G−1)) + 1, clamped to [1, 10] for a card's first review.
    func initialDifficulty(_ rating: Rating, clamped: Bool) -> Double {
        let difficulty = w(4) - ePower(w(5) * Double(rating.rawValue - 1)) + 1
        return clamped ? clampDifficulty(difficulty) : difficulty
    }

    /// D′: a step of −w6·(G−3), damped as D nears 10, then pulled back towards D₀(Easy) by w7.
    func nextDifficulty(_ difficulty: Double, rating: Rating) -> Double {
        let target = initialDifficulty(.easy, clamped: false)
        let delta = -(w(6) * Double(rating.rawValue - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        return clampDifficulty(w(7) * target + (1 - w(7)) * damped)
    }

    /// Stability after a review less than a day after the previous one (w17–w19).
    ///
    /// A pass (Hard, Good, Easy) never lowers it: the package's 6.3.2 floor.
    func shortTermStability(_ stability: Double, rating: Rating) -> Double {
        var increase = ePower(w(17) * (Double(rating.rawValue - 3) + w(18))) * Foundation.pow(stability, -w(19))
        if rating != .again {
            increase = max(increase, 1.0)
        }
        return max(stability * increase, Scheduler.minimumStability)
    }

    /// Stability after a review a day or more after the previous one.
    func nextStability(difficulty: Double, stability: Double, retrievability: Double, rating: Rating) -> Double {
        let next = rating == .again
            ? forgetStability(difficulty: difficulty, stability: stability, retrievability: retrievability)
            : recallStability(difficulty: difficulty, stability: stability, retrievability: retrievability, rating: rating)
        return max(next, Scheduler.minimumStability)
    }

    /// After a lapse: w11·D^(−w12)·((S+1)^w13 − 1)·e^((1−R)·w14), never more than S / e^(w17·w18).
    private func forgetStability(difficulty: Double, stability: Double, retrievability: Double) -> Double {
        let longTerm = w(11) * Foundation.pow(difficulty, -w(12)) * (Foundation.pow(stability + 1, w(13)) - 1)
            * ePower((1 - retrievability) * w(14))
        let shortTerm = stability / ePower(w(17) * w(18))
        return min(longTerm, shortTerm)
    }

    /// After a pass: S·(1 + e^w8·(11−D)·S^(−w9)·(e^((1−R)·w10) − 1)·hard penalty·easy bonus).
    private func recallStability(difficulty: Double, stability: Double, retrievability: Double, rating: Rating) -> Double {
        let hardPenalty = rating == .hard ? w(15) : 1
        let easyBonus = rating == .easy ? w(16) : 1
        return stability * (1 + ePower(w(8)) * (11 - difficulty) * Foundation.pow(stability, -w(9))
            * (ePower((1 - retrievability) * w(10)) - 1) * hardPenalty * easyBonus)
    }

    private func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, Scheduler.difficultyRange.lowerBound), Scheduler.difficultyRange.upperBound)
    }
}
