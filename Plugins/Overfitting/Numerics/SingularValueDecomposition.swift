import Foundation

/// The thin singular value decomposition A = U·Σ·Vᵀ of a dense matrix, by
/// one-sided Jacobi rotations (Hestenes' method).
///
/// Pairs of columns are rotated until every two are orthogonal; the lengths
/// of the columns are then the singular values, the columns divided by their
/// lengths the left singular vectors, and the product of the rotations the
/// right ones. The method is slow for large matrices but accurate to the
/// last bits for the small, tall ones a curve fit makes, and it needs no
/// special care when the matrix is rank-deficient.
///
/// A matrix is given as its columns. A wide matrix (fewer rows than columns)
/// is decomposed through its transpose.
struct SingularValueDecomposition {
    /// The left singular vectors, one per singular value, each as long as a column of A.
    let u: [[Double]]
    /// The singular values, ≥ 0, in no particular order.
    let singularValues: [Double]
    /// The right singular vectors, one per singular value, each with one entry per column of A.
    let v: [[Double]]

    /// More sweeps than this means the rotations no longer converge (they always have by then).
    static let maximumSweeps = 60

    /// Decomposes the matrix whose columns are `columns` (all of one length, at least one column).
    init(columns: [[Double]]) {
        let rows = columns.first?.count ?? 0
        if rows < columns.count {
            let transposed = (0..<rows).map { row in columns.map { $0[row] } }
            let decomposition = SingularValueDecomposition(tall: transposed)
            (u, singularValues, v) = (decomposition.v, decomposition.singularValues, decomposition.u)
        } else {
            self = SingularValueDecomposition(tall: columns)
        }
    }

    /// The decomposition of a matrix with at least as many rows as columns.
    private init(tall columns: [[Double]]) {
        var g = columns
        let n = g.count
        var rotations = (0..<n).map { j in (0..<n).map { $0 == j ? 1.0 : 0.0 } }
        for _ in 0..<SingularValueDecomposition.maximumSweeps {
            var rotated = false
            for p in 0..<n {
                for q in (p + 1)..<n {
                    let alpha = dot(g[p], g[p]), beta = dot(g[q], g[q]), gamma = dot(g[p], g[q])
                    guard alpha > 0, beta > 0, abs(gamma) > Double.ulpOfOne * (alpha * beta).squareRoot() else { continue }
                    rotated = true
                    let zeta = (beta - alpha) / (2 * gamma)
                    let t = (zeta >= 0 ? 1.0 : -1.0) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
                    let c = 1 / (1 + t * t).squareRoot(), s = c * t
                    rotate(&g, p, q, c, s)
                    rotate(&rotations, p, q, c, s)
                }
            }
            if !rotated { break }
        }
        let lengths = g.map { dot($0, $0).squareRoot() }
        u = zip(g, lengths).map { column, length in length > 0 ? column.map { $0 / length } : column }
        singularValues = lengths
        v = rotations
    }
}

/// The dot product of two vectors of one length.
func dot(_ a: [Double], _ b: [Double]) -> Double {
    var sum = 0.0
    for i in a.indices { sum += a[i] * b[i] }
    return sum
}

/// Replaces column `p` by c·p − s·q and column `q` by s·p + c·q.
private func rotate(_ columns: inout [[Double]], _ p: Int, _ q: Int, _ c: Double, _ s: Double) {
    // Moved out and back, so that the arrays are changed in place rather than copied.
    var a: [Double] = [], b: [Double] = []
    swap(&a, &columns[p])
    swap(&b, &columns[q])
    for i in a.indices {
        let x = a[i], y = b[i]
        a[i] = c * x - s * y
        b[i] = s * x + c * y
    }
    columns[p] = a
    columns[q] = b
}
