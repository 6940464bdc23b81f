import COpenBLAS

/// Dense matrix arithmetic on row-major buffers.
enum MatrixKernel {
    /// Products with at least this many multiply-adds go to OpenBLAS.
    static let blasThreshold = 64 * 64 * 64

    /// `[m, k] @ [k, n]`, row-major.
    static func product(_ a: [Double], _ b: [Double], m: Int, k: Int, n: Int) -> [Double] {
        if m * n * k >= blasThreshold { return blasProduct(a, b, m: m, k: k, n: n) }
        return smallProduct(a, b, m: m, k: k, n: n)
    }

    /// OpenBLAS's `dgemm`.
    static func blasProduct(_ a: [Double], _ b: [Double], m: Int, k: Int, n: Int) -> [Double] {
        var c = [Double](repeating: 0, count: m * n)
        cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(m), Int32(n), Int32(k), 1, a, Int32(k), b, Int32(n), 0, &c, Int32(n))
        return c
    }

    /// The product in Swift, summing over `k` in order for each element: the same bits on every machine.
    static func smallProduct(_ a: [Double], _ b: [Double], m: Int, k: Int, n: Int) -> [Double] {
        var c = [Double](repeating: 0, count: m * n)
        guard m > 0, n > 0, k > 0 else { return c }
        c.withUnsafeMutableBufferPointer { c in
            a.withUnsafeBufferPointer { a in
                b.withUnsafeBufferPointer { b in
                    let blockRows = 64, blockDepth = 256
                    for i0 in stride(from: 0, to: m, by: blockRows) {
                        let i1 = min(i0 + blockRows, m)
                        for p0 in stride(from: 0, to: k, by: blockDepth) {
                            let p1 = min(p0 + blockDepth, k)
                            for i in i0..<i1 {
                                let row = c.baseAddress! + i * n
                                for p in p0..<p1 {
                                    let x = a[i * k + p]
                                    let other = b.baseAddress! + p * n
                                    for j in 0..<n { row[j] += x * other[j] }
                                }
                            }
                        }
                    }
                }
            }
        }
        return c
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
