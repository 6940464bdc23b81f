/// The minimum-norm least-squares solution of A·x ≈ b, as numpy's
/// `linalg.lstsq` gives it: through the singular value decomposition, never
/// the normal equations (which square the condition number).
///
/// Singular values at most `rcond` times the largest count as zero, so a
/// rank-deficient or under-determined system gets, of all its best
/// solutions, the one of smallest length.
struct LeastSquares {
    /// The solution, one entry per column of A.
    let solution: [Double]
    /// How many singular values were kept: the number of independent directions the data pin down.
    let rank: Int
    /// The singular values of A.
    let singularValues: [Double]

    /// Solves A·x ≈ b for the matrix with these columns.
    ///
    /// - Parameters:
    ///   - columns: the columns of A, each as long as `b`.
    ///   - b: the right-hand side.
    ///   - rcond: the relative cut-off for small singular values.
    init(columns: [[Double]], b: [Double], rcond: Double) {
        let svd = SingularValueDecomposition(columns: columns)
        let cutoff = rcond * (svd.singularValues.max() ?? 0)
        var x = [Double](repeating: 0, count: columns.count)
        var rank = 0
        for (index, sigma) in svd.singularValues.enumerated() where sigma > cutoff && sigma > 0 {
            rank += 1
            let weight = dot(svd.u[index], b) / sigma
            for j in x.indices { x[j] += weight * svd.v[index][j] }
        }
        self.solution = x
        self.rank = rank
        self.singularValues = svd.singularValues
    }
}
