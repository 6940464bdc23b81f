/// Polynomials of several degrees fitted to one training set and measured on
/// it and on a test set: the numbers behind the U-shaped curve of overfitting.
struct DegreeSweep {
    /// One degree's fit and its errors.
    struct Row {
        let fit: PolynomialFit
        /// The mean squared error on the points it was fitted to, and on the test points.
        let trainError: Double
        let testError: Double

        var degree: Int { fit.polynomial.degree }
        var parameters: Int { degree + 1 }
    }

    let rows: [Row]
    /// The number of training points.
    let trainCount: Int

    /// Fits every degree in `degrees` to `train` and measures it on both sets.
    ///
    /// - Parameter afterFit: called after each fit with its degree (to count work against the limits).
    init(train: (x: [Double], y: [Double]), test: (x: [Double], y: [Double]), degrees: [Int], ridge: Double, afterFit: (Int) throws -> Void) rethrows {
        var rows: [Row] = []
        for degree in degrees {
            let fit = PolynomialFit(x: train.x, y: train.y, degree: degree, ridge: ridge)
            rows.append(Row(fit: fit, trainError: fit.polynomial.meanSquaredError(train.x, train.y),
                            testError: fit.polynomial.meanSquaredError(test.x, test.y)))
            try afterFit(degree)
        }
        self.rows = rows
        trainCount = train.x.count
    }

    /// The row with the smallest test error; of equal ones, the lowest degree (the fewest parameters).
    var best: Row {
        rows.min { ($0.testError, $0.degree) < ($1.testError, $1.degree) }!
    }
}

extension Polynomial {
    /// The mean of the squared differences between the polynomial's values at `x` and `y`.
    func meanSquaredError(_ x: [Double], _ y: [Double]) -> Double {
        guard !x.isEmpty else { return .nan }
        return zip(x, y).reduce(0) { sum, point in
            let error = self(point.0) - point.1
            return sum + error * error
        } / Double(x.count)
    }
}
