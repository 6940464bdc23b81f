import Foundation
import Testing
@testable import DutchQuizPlugin

/// The order of a session's cards.
@Suite("session queue")
struct SessionQueueTests {
    static let t0 = ScriptedQuiz.start

    @Test("the cards in order; one brought back waits while others are left, unless it is due")
    func order() {
        var queue = SessionQueue(["a", "b", "c"])
        let first = queue.next(at: Self.t0)
        let back = queue.bringBack("a", due: Self.t0.addingTimeInterval(60), reviewedAt: Self.t0)
        #expect(first == "a" && back && queue.count == 3)
        let notYetDue = queue.next(at: Self.t0)
        let due = queue.next(at: Self.t0.addingTimeInterval(61))
        let last = queue.next(at: Self.t0)
        let over = queue.next(at: Self.t0)
        #expect(notYetDue == "b", "a is not due yet")
        #expect(due == "a", "a is due now: before c")
        #expect(last == "c" && over == nil)
    }

    @Test("when nothing else is left, a returning card is shown early, the one due first; none beyond 20 minutes")
    func learnAhead() {
        var queue = SessionQueue([])
        let kept = [
            queue.bringBack("late", due: Self.t0.addingTimeInterval(600), reviewedAt: Self.t0),
            queue.bringBack("soon", due: Self.t0.addingTimeInterval(60), reviewedAt: Self.t0),
            queue.bringBack("tomorrow", due: Self.t0.addingTimeInterval(86_400), reviewedAt: Self.t0),
            queue.bringBack("later", due: Self.t0.addingTimeInterval(20 * 60 + 1), reviewedAt: Self.t0),
        ]
        #expect(kept == [true, true, false, false])
        let order = [queue.next(at: Self.t0), queue.next(at: Self.t0), queue.next(at: Self.t0)]
        #expect(order == ["soon", "late", nil])
    }
}
