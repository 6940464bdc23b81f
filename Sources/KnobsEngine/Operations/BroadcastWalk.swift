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
        if shapeA == shapeB { return zip(a, b).map(f) }
        if b.count == 1, a.count == Shape.count(shape) { let y = b[0]; return a.map { f($0, y) } }
        if a.count == 1, b.count == Shape.count(shape) { let x = a[0]; return b.map { f(x, $0) } }
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

    /// Sums a gradient of the broadcast `shape` back down to an operand's own `target` shape.
    static func reduce(_ gradient: [Double], from shape: [Int], to target: [Int]) -> [Double] {
        if shape == target { return gradient }
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
