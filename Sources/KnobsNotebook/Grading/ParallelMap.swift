import Foundation

/// Maps over items on several threads at once, keeping the order of the results.
enum ParallelMap {
    static func map<Item: Sendable, Output: Sendable>(_ items: [Item], jobs: Int, _ transform: @escaping @Sendable (Item) -> Output) -> [Output] {
        let results = Results<Output>(count: items.count)
        let workers = max(1, min(jobs, items.count))
        let group = DispatchGroup()
        for _ in 0..<workers {
            group.enter()
            Thread.detachNewThread {
                while let index = results.claim() { results.store(transform(items[index]), at: index) }
                group.leave()
            }
        }
        group.wait()
        return results.collected()
    }

    /// The shared queue of indexes and the slots for results, under a lock.
    private final class Results<Output>: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private var slots: [Output?]

        init(count: Int) {
            slots = Array(repeating: nil, count: count)
        }

        func claim() -> Int? {
            lock.withLock {
                guard next < slots.count else { return nil }
                defer { next += 1 }
                return next
            }
        }

        func store(_ output: Output, at index: Int) {
            lock.withLock { slots[index] = output }
        }

        func collected() -> [Output] {
            lock.withLock { slots.map { $0! } }
        }
    }
}
