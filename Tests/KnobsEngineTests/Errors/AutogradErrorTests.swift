import Foundation
import Testing
@testable import KnobsEngine

/// What `backward()`, `no_grad` and the size limit refuse or switch off.
@Suite("Errors and rules of autograd")
struct AutogradErrorTests {
    @Test("backward of a non-scalar names its shape")
    func nonScalar() throws {
        let p = Tensor.parameter([1, 2, 3, 4, 5, 6], shape: [2, 3])
        let y = try p * p
        #expect {
            try y.backward()
        } throws: { error in
            guard case TensorError.invalid(let message, _) = error else { return false }
            return message.contains("scalar") && message.contains("[2, 3]")
        }
        // A one-element tensor of any shape is a scalar loss.
        try y.reduce(.sum).reshaped([1, 1]).backward()
        #expect(p.grad == [2, 4, 6, 8, 10, 12])
    }

    @Test("backward of something that depends on no parameter is an error")
    func noParameter() throws {
        let y = try Tensor.full([], 3) * Tensor(scalar: 2)
        #expect(throws: TensorError.self) { try y.backward() }
    }

    @Test("a tensor larger than maxElements is refused with .tooLarge, and the limit is per thread")
    func sizeLimit() throws {
        let settings = EngineSettings.current
        let saved = settings.maxElements
        settings.maxElements = 1_000
        defer { settings.maxElements = saved }
        #expect(throws: TensorError.tooLarge(elements: 1_000_000, limit: 1_000)) { try Tensor.full([1000, 1000], 0) }
        #expect(throws: TensorError.tooLarge(elements: 1_024, limit: 1_000)) { try Tensor.matmul(Tensor.full([32, 1], 1), Tensor.full([1, 32], 1)) }
        #expect(throws: TensorError.tooLarge(elements: 1_001, limit: 1_000)) { try Tensor.arange(0, 1_001) }
        #expect(try Tensor.full([10, 100], 0).count == 1_000)
        // Another thread has its own settings.
        final class Seen: @unchecked Sendable { var limit: Int? }
        let seen = Seen(), done = DispatchSemaphore(value: 0)
        Thread {
            seen.limit = EngineSettings.current.maxElements
            done.signal()
        }.start()
        done.wait()
        #expect(seen.limit == Int.max)
    }

    @Test("withoutGradients records no origin, and restores recording afterwards, even after a throw")
    func withoutGradients() throws {
        let p = Tensor.parameter([1, 2], shape: [2])
        let inside = try EngineSettings.withoutGradients { try (p * p).reduce(.sum).apply(.tanh) }
        #expect(inside.origin == nil)
        #expect(!inside.tracksGradient)
        #expect(throws: TensorError.self) { try inside.backward() }

        #expect(throws: TensorError.self) {
            try EngineSettings.withoutGradients { _ = try p + Tensor.full([3], 1) }
        }
        #expect(EngineSettings.current.recordsGradients)
        let outside = try p * p
        #expect(outside.origin?.operation == "*")
    }

    @Test("changing a parameter after computing a loss from it makes backward throw")
    func changedParameter() throws {
        let p = Tensor.parameter([1, 2], shape: [2])
        let loss = try (p * p).reduce(.sum)
        try p.update { $0[0] = 5 }
        #expect {
            try loss.backward()
        } throws: { error in
            guard case TensorError.invalid(let message, _) = error else { return false }
            return message.contains("changed")
        }
        // Computed again after the change, the loss has the right gradient.
        try (p * p).reduce(.sum).backward()
        #expect(p.grad == [10, 4])
    }

    @Test("restoring the values and change count saved before a change lets an earlier loss differentiate again")
    func restoredParameter() throws {
        let p = Tensor.parameter([1, 2], shape: [2])
        let loss = try (p * p).reduce(.sum)
        let (saved, version) = (p.values, p.version)
        try p.update { $0[0] = 5 }
        p.restore(saved, version: version)
        try loss.backward()
        #expect(p.grad == [2, 4])
    }

    @Test("parameters accumulate gradients until zeroed; intermediate results do not")
    func accumulation() throws {
        let p = Tensor.parameter([3], shape: [])
        let square = try p * p
        let loss = try square + p
        try loss.backward()
        try loss.backward()
        #expect(p.grad == [14])
        #expect(square.grad == [1])
        p.zeroGradient()
        try loss.backward()
        #expect(p.grad == [7])
    }

    @Test("detached copies and comparisons carry no gradient")
    func detachedAndComparisons() throws {
        let p = Tensor.parameter([1, -2], shape: [2])
        #expect(!p.detached().tracksGradient)
        #expect(p.detached().values == p.values)
        let mask = try Tensor.compare(p, .greater, Tensor(scalar: 0))
        #expect(mask.values == [1, 0])
        #expect(!mask.tracksGradient)
        // A comparison stops the gradient: only the factor p contributes.
        try (p * mask).reduce(.sum).backward()
        #expect(p.grad == [1, 0])
    }
}
