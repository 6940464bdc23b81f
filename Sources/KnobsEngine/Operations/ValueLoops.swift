/// Element loops that write straight into a new buffer (`Array.map` checks capacity per element).
enum ValueLoops {
    @inline(__always)
    static func map(_ x: [Double], _ f: (Double) -> Double) -> [Double] {
        [Double](unsafeUninitializedCapacity: x.count) { out, initialized in
            x.withUnsafeBufferPointer { x in
                for i in 0..<x.count { out[i] = f(x[i]) }
            }
            initialized = x.count
        }
    }

    /// `f` of corresponding elements; both arrays have the same count.
    @inline(__always)
    static func map(_ x: [Double], _ y: [Double], _ f: (Double, Double) -> Double) -> [Double] {
        [Double](unsafeUninitializedCapacity: x.count) { out, initialized in
            x.withUnsafeBufferPointer { x in
                y.withUnsafeBufferPointer { y in
                    for i in 0..<x.count { out[i] = f(x[i], y[i]) }
                }
            }
            initialized = x.count
        }
    }
}
