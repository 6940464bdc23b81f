import Foundation
import Testing
@testable import KnobsEngine

/// Graph walks on different threads: a lesson runs its cells, and the REPL its
/// lines, on threads of their own, all sharing the same parameters and results.
@Suite("Graph walks across threads")
struct GraphWalkTests {
    /// Runs `body` on a new thread and waits for it.
    static func onNewThread(_ body: @escaping @Sendable () throws -> Void) {
        let done = DispatchSemaphore(value: 0)
        Thread {
            try? body()
            done.signal()
        }.start()
        done.wait()
    }

    /// Tensors shared between the threads of one test.
    final class Shared: @unchecked Sendable {
        let w = Tensor.parameter([1], shape: [])
        var y: Tensor?
        var order: [Tensor] = []
    }

    @Test("backward through a result walked on another thread reaches the parameters behind it")
    func backwardAfterAWalkElsewhere() throws {
        let shared = Shared()
        Self.onNewThread {
            let y = try shared.w * shared.w
            shared.y = y
            try (y * Tensor(scalar: 1)).backward()
        }
        #expect(shared.w.grad == [2])
        Self.onNewThread {
            guard let y = shared.y else { return }
            try (y * Tensor(scalar: 2)).backward()
        }
        // d(w²)/dw = 2w = 2, then 2 · 2w = 4 more.
        #expect(shared.w.grad == [6])
    }

    @Test("graph order lists every node even when another thread walked the same graph first")
    func orderAfterAWalkElsewhere() throws {
        let shared = Shared()
        Self.onNewThread {
            let loss = try (shared.w * Tensor(scalar: 3)).reduce(.sum)
            shared.y = loss
            try loss.backward()
        }
        Self.onNewThread {
            shared.order = shared.y?.topologicalOrder() ?? []
        }
        #expect(shared.order.count == 4)
    }
}
