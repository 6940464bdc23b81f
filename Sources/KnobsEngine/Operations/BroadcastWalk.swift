/// Visits every element of a broadcast result together with the offsets of the
/// operands it reads, innermost dimension fastest.
enum BroadcastWalk {
    /// Calls `body(out, a, b)` for each flat index `out` of `shape`, with `a`
    /// and `b` advanced by `stridesA` and `stridesB` (0 along stretched dimensions).
    @inline(__always)
    static func forEach(_ shape: [Int], _ stridesA: [Int], _ stridesB: [Int], _ body: (Int, Int, Int) -> Void) {
        let total = Shape.count(shape)
        guard total > 0 else { return }
        guard let last = shape.indices.last else {
            body(0, 0, 0)
            return
        }
        let inner = shape[last], stepA = stridesA[last], stepB = stridesB[last]
        var counter = [Int](repeating: 0, count: shape.count)
        var out = 0, a = 0, b = 0
        while out < total {
            for j in 0..<inner { body(out + j, a + j * stepA, b + j * stepB) }
            out += inner
            var axis = last - 1
            while axis >= 0 {
                counter[axis] += 1
                a += stridesA[axis]
                b += stridesB[axis]
                if counter[axis] < shape[axis] { break }
                a -= stridesA[axis] * shape[axis]
                b -= stridesB[axis] * shape[axis]
                counter[axis] = 0
                axis -= 1
            }
        }
    }

    /// `f` applied to the operands broadcast together to `shape`.
    @inline(__always)
    static func map(_ a: [Double], _ shapeA: [Int], _ b: [Double], _ shapeB: [Int], to shape: [Int], _ f: (Double, Double) -> Double) -> [Double] {
        if shapeA == shapeB { return ValueLoops.map(a, b, f) }
        if b.count == 1, a.count == Shape.count(shape) { let y = b[0]; return ValueLoops.map(a) { f($0, y) } }
        if a.count == 1, b.count == Shape.count(shape) { let x = a[0]; return ValueLoops.map(b) { f(x, $0) } }
        if shapeA == shape, isTrailing(shapeB, of: shape) {
            return repeating(b.count, a.count) { out, o, j in out[o] = f(a[o], b[j]) }
        }
        if shapeB == shape, isTrailing(shapeA, of: shape) {
            return repeating(a.count, b.count) { out, o, j in out[o] = f(a[j], b[o]) }
        }
        var result = [Double](repeating: 0, count: Shape.count(shape))
        let stridesA = Shape.broadcastStrides(shapeA, to: shape)
        let stridesB = Shape.broadcastStrides(shapeB, to: shape)
        result.withUnsafeMutableBufferPointer { out in
            a.withUnsafeBufferPointer { x in
                b.withUnsafeBufferPointer { y in
                    forEach(shape, stridesA, stridesB) { o, i, j in out[o] = f(x[i], y[j]) }
                }
            }
        }
        return result
    }

    /// Whether `part`, leading ones aside, is the trailing part of `shape`: a row repeated down it.
    private static func isTrailing(_ part: [Int], of shape: [Int]) -> Bool {
        let trimmed = part.drop { $0 == 1 }
        return trimmed.count <= shape.count && shape.suffix(trimmed.count).elementsEqual(trimmed) && !trimmed.isEmpty
    }

    /// A result of `total` values where the short operand's `period` values repeat: `body(out, o, o % period)`.
    @inline(__always)
    private static func repeating(_ period: Int, _ total: Int, _ body: (UnsafeMutableBufferPointer<Double>, Int, Int) -> Void) -> [Double] {
        [Double](unsafeUninitializedCapacity: total) { out, initialized in
            var o = 0
            while o < total {
                for j in 0..<period { body(out, o + j, j) }
                o += period
            }
            initialized = total
        }
    }

    /// Sums a gradient of the broadcast `shape` back down to an operand's own `target` shape.
    static func reduce(_ gradient: [Double], from shape: [Int], to target: [Int]) -> [Double] {
        if shape == target { return gradient }
        let period = Shape.count(target)
        if period == 1 { return [gradient.reduce(0, +)] }
        if isTrailing(target, of: shape) {
            var result = [Double](repeating: 0, count: period)
            var o = 0
            while o < gradient.count {
                for j in 0..<period { result[j] += gradient[o + j] }
                o += period
            }
            return result
        }
        var result = [Double](repeating: 0, count: Shape.count(target))
        let strides = Shape.broadcastStrides(target, to: shape)
        let none = [Int](repeating: 0, count: shape.count)
        result.withUnsafeMutableBufferPointer { out in
            gradient.withUnsafeBufferPointer { g in
                forEach(shape, strides, none) { o, i, _ in out[i] += g[o] }
            }
        }
        return result
    }
}
