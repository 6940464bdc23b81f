import Foundation

/// Maps over items on several threads at once, handing the results over in the items' order.
enum ParallelMap {
    /// Transforms `items` on `jobs` threads and gives each output to `consume`, on the calling
    /// thread, in the items' order, as soon as those before it have been consumed.
    ///
    /// At most `window` outputs wait to be consumed: a worker that would run further ahead
    /// of the slowest item waits, so memory stays bounded whatever the number of items.
    /// When `consume` throws, no item is started after it, and the error is rethrown.
    static func forEach<Item: Sendable, Output: Sendable>(
        _ items: [Item], jobs: Int, window: Int = 256,
        _ transform: @escaping @Sendable (Item) -> Output, inOrder consume: (Output) throws -> Void
    ) rethrows {
        let outputs = OrderedOutputs<Output>(count: items.count, window: max(window, jobs))
        for _ in 0..<max(1, min(jobs, items.count)) {
            Thread.detachNewThread {
                while let index = outputs.claim() { outputs.store(transform(items[index]), at: index) }
            }
        }
        defer { outputs.stop() }
        for index in items.indices { try consume(outputs.take(index)) }
    }

    /// Transforms `items` on `jobs` threads; the outputs in the items' order.
    static func map<Item: Sendable, Output: Sendable>(_ items: [Item], jobs: Int, _ transform: @escaping @Sendable (Item) -> Output) -> [Output] {
        var outputs: [Output] = []
        outputs.reserveCapacity(items.count)
        forEach(items, jobs: jobs, window: items.count, transform) { outputs.append($0) }
        return outputs
    }

    /// The items handed to workers and the outputs waiting for their turn, under one condition.
    private final class OrderedOutputs<Output>: @unchecked Sendable {
        private let condition = NSCondition()
        private let count, window: Int
        private var next = 0, consumed = 0
        private var stopped = false
        private var waiting: [Int: Output] = [:]

        init(count: Int, window: Int) {
            (self.count, self.window) = (count, window)
        }

        /// The next item to transform, once it is within the window; nil when there is none.
        func claim() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while next < count, !stopped, next >= consumed + window { condition.wait() }
            guard next < count, !stopped else { return nil }
            defer { next += 1 }
            return next
        }

        func store(_ output: Output, at index: Int) {
            condition.lock()
            waiting[index] = output
            condition.broadcast()
            condition.unlock()
        }

        /// The output of item `index`, once it is there; counts it consumed.
        func take(_ index: Int) -> Output {
            condition.lock()
            defer { condition.unlock() }
            while true {
                if let output = waiting.removeValue(forKey: index) {
                    consumed = index + 1
                    condition.broadcast()
                    return output
                }
                condition.wait()
            }
        }

        /// No more items are handed out.
        func stop() {
            condition.lock()
            stopped = true
            condition.broadcast()
            condition.unlock()
        }
    }
}
