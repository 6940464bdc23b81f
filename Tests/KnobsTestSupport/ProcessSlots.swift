import Foundation

/// A bound on how many child processes the tests run at once: `knobs` runs,
/// and the exit tests that run a golden program in a copy of the test binary.
///
/// Swift Testing starts every test together, and a test that awaits a child
/// holds no thread, so without a bound the golden suite alone had over 300
/// children at once on two cores. Each test's deadline then timed the
/// machine's queue, and the test process held more than 1,300 file
/// descriptors (a pipe per child not yet reaped): enough for Foundation's
/// `Process.run()` to read past the end of its `/proc/self/fd` listing (it
/// copies each entry's name as 256 bytes) and crash the whole run with SIGSEGV.
public actor ProcessSlots {
    /// The slots every child process of the test run shares.
    public static let shared = ProcessSlots(count: max(4, 2 * ProcessInfo.processInfo.activeProcessorCount))

    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    public init(count: Int) {
        free = count
    }

    /// Runs `body` once a slot is free, and frees the slot when it returns or throws.
    public nonisolated func withSlot<T: Sendable>(_ body: () async throws -> T) async rethrows -> T {
        await acquire()
        do {
            let result = try await body()
            await release()
            return result
        } catch {
            await release()
            throw error
        }
    }

    private func acquire() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Hands the slot to the longest waiter, or returns it to the pool.
    private func release() {
        if waiting.isEmpty {
            free += 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
