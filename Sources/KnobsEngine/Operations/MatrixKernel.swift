/// Dense matrix products on row-major buffers, either operand optionally read transposed.
///
/// Products of at least ``blasThreshold`` multiply-adds go to OpenBLAS, as
/// NumPy's do: a layer of a network is one of those. OpenBLAS gives the same
/// bits from run to run on one machine, but its kernels differ between
/// processors, so the last bits may differ between machines. Tinier products
/// (a few weights, as in the first lessons) run in Swift, where every element
/// adds its terms in order: the same bits everywhere. OpenBLAS is loaded by
/// the first product that needs it (``OpenBLAS``); where it cannot be loaded,
/// every product runs in Swift. See docs/ENGINE.md, "Matrix products".
enum MatrixKernel {
    /// Products with at least this many multiply-adds go to OpenBLAS; below it the call costs more than the work.
    static let blasThreshold = 1024

    /// `op(a) @ op(b)`: `op(a)` is `[m, k]` (stored `[k, m]` when `transposeA`),
    /// `op(b)` is `[k, n]` (stored `[n, k]` when `transposeB`); the result is `[m, n]`.
    ///
    /// With `allowsBLAS` false, a big product runs in Swift too, as it does where OpenBLAS cannot be loaded.
    static func product(
        _ a: [Double], _ b: [Double], m: Int, k: Int, n: Int, transposeA: Bool = false, transposeB: Bool = false,
        allowsBLAS: Bool = true
    ) -> [Double] {
        // Only a big product asks for OpenBLAS, so only a process that makes one loads it.
        if m * n * k >= blasThreshold, allowsBLAS, let dgemm = OpenBLAS.dgemm {
            // With beta 0, dgemm writes every element without reading it.
            return [Double](unsafeUninitializedCapacity: m * n) { c, initialized in
                dgemm(
                    OpenBLAS.rowMajor, transposeA ? OpenBLAS.transpose : OpenBLAS.noTranspose,
                    transposeB ? OpenBLAS.transpose : OpenBLAS.noTranspose,
                    Int32(m), Int32(n), Int32(k), 1, a, Int32(transposeA ? m : k), b, Int32(transposeB ? k : n), 0,
                    c.baseAddress, Int32(n))
                initialized = m * n
            }
        }
        var c = [Double](repeating: 0, count: m * n)
        guard m > 0, n > 0, k > 0 else { return c }
        // Read a transposed `b` row by row: transposing it costs less than strided reads.
        let rowsOfB = transposeB ? transposed(b, rows: n, columns: k) : b
        c.withUnsafeMutableBufferPointer { c in
            a.withUnsafeBufferPointer { a in
                rowsOfB.withUnsafeBufferPointer { b in
                    accumulateRows(
                        c.baseAddress!, a.baseAddress!, b.baseAddress!, m: m, k: k, n: n,
                        aRowStep: transposeA ? 1 : k, aStep: transposeA ? m : 1)
                }
            }
        }
        return c
    }

    /// Row `i` of `c` gets Σ_p a(i, p) · (row p of `b`), with a(i, p) at `i·aRowStep + p·aStep`.
    ///
    /// Four columns at a time with SIMD, multiply then add (never fused), so
    /// every element adds its terms in the order p = 0, 1, … exactly as the
    /// scalar loop would: the same bits on every machine.
    @inline(__always)
    private static func accumulateRows(
        _ c: UnsafeMutablePointer<Double>, _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>,
        m: Int, k: Int, n: Int, aRowStep: Int, aStep: Int
    ) {
        let wide = n & ~3
        for i in 0..<m {
            let row = c + i * n
            for p in 0..<k {
                let x = a[i * aRowStep + p * aStep]
                let scale = SIMD4<Double>(repeating: x)
                let other = b + p * n
                var j = 0
                while j < wide {
                    let sum = UnsafeRawPointer(row + j).loadUnaligned(as: SIMD4<Double>.self)
                        + scale * UnsafeRawPointer(other + j).loadUnaligned(as: SIMD4<Double>.self)
                    UnsafeMutableRawPointer(row + j).storeBytes(of: sum, as: SIMD4<Double>.self)
                    j += 4
                }
                while j < n {
                    row[j] += x * other[j]
                    j += 1
                }
            }
        }
    }

    /// The transpose of a row-major `[rows, columns]` matrix.
    static func transposed(_ x: [Double], rows: Int, columns: Int) -> [Double] {
        var result = [Double](repeating: 0, count: x.count)
        for r in 0..<rows {
            for c in 0..<columns { result[c * rows + r] = x[r * columns + c] }
        }
        return result
    }
}
