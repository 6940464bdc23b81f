import Foundation
@testable import KnobsNotebook
import Testing

/// Grading's worker threads: results handed over in order, and never far ahead of the slowest.
@Suite("parallel map")
struct ParallelMapTests {
    @Test("outputs come in the items' order, whatever order the workers finish in", arguments: [1, 2, 5])
    func order(jobs: Int) {
        var seen: [Int] = []
        // Uneven work: every seventh item takes longer, so later items finish first.
        ParallelMap.forEach(Array(0..<300), jobs: jobs, window: 8, { item in
            if item % 7 == 0 { usleep(200) }
            return item * 2
        }, inOrder: { seen.append($0) })
        #expect(seen == (0..<300).map { $0 * 2 })
    }

    @Test("no item starts more than the window ahead of the last one consumed")
    func window() {
        let consumed = Counter()
        let tooFarAhead = Counter()
        ParallelMap.forEach(Array(0..<500), jobs: 4, window: 16, { item in
            // The map counts an item consumed as it hands it over, this test once it has it: one apart at most.
            if item > consumed.value + 16 { tooFarAhead.add(1) }
            if item % 50 == 0 { usleep(2000) }  // a slow one, which the others must not run past
            return item
        }, inOrder: { item in consumed.set(item + 1) })
        #expect(tooFarAhead.value == 0)
        #expect(consumed.value == 500)
    }

    @Test("an error from the consumer stops the items not yet started, and comes back")
    func consumerError() {
        struct Stop: Error {}
        let started = Counter()
        var consumedCount = 0
        #expect(throws: Stop.self) {
            try ParallelMap.forEach(Array(0..<10_000), jobs: 2, window: 4, { item in
                started.add(1)
                return item
            }, inOrder: { item in
                consumedCount += 1
                if item == 10 { throw Stop() }
            })
        }
        #expect(consumedCount == 11)
        // The eleven consumed, and at most the window's four claimed beyond them.
        #expect(started.value <= 11 + 4)
    }

    @Test("map keeps every output, in order")
    func map() {
        #expect(ParallelMap.map(Array(0..<100), jobs: 3) { $0 + 1 } == Array(1...100))
        #expect(ParallelMap.map([Int](), jobs: 3) { $0 } == [])
    }
}

/// An integer several threads add to and read.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    var value: Int { lock.withLock { count } }
    func add(_ amount: Int) { lock.withLock { count += amount } }
    func set(_ newValue: Int) { lock.withLock { count = newValue } }
}
