import Foundation

/// A least-squares polynomial through points: the coefficients that make the
/// sum of squared errors smallest, plus `ridge` times the sum of the squared
/// coefficients (of x) when a ridge strength is given.
///
/// The fit is made in t (x scaled to [−1, 1], see ``Polynomial``) with the
/// columns of the Vandermonde matrix scaled to length 1, solved through the
/// singular value decomposition (``LeastSquares``) with numpy's cut-off for
/// `polyfit` (the number of points × machine epsilon). The ridge penalty is
/// on the coefficients of x, the ones a learner sees, added as extra rows
/// √ridge · (the matrix from t to x) below the data's rows.
///
/// When there are fewer distinct x than coefficients, many polynomials fit
/// equally well; the fit is then the one whose (scaled) coefficients are
/// smallest, and ``note`` says so.
struct PolynomialFit: Sendable {
    /// The highest degree `polyfit` takes: beyond it, the powers of x are too alike for doubles to tell apart.
    static let maximumDegree = 20

    let polynomial: Polynomial
    let ridge: Double
    /// How many independent directions the points pin down (the rank of the scaled system).
    let rank: Int
    /// The points fitted, and how many different x among them.
    let pointCount: Int
    let distinctCount: Int

    /// Fits a polynomial of `degree` to the points (`x`, `y`).
    ///
    /// - Precondition: `x` and `y` are equally long and not empty, and every number is finite;
    ///   `degree` is from 0 to ``maximumDegree``; `ridge` ≥ 0.
    init(x: [Double], y: [Double], degree: Int, ridge: Double = 0) {
        precondition(!x.isEmpty && x.count == y.count && (0...PolynomialFit.maximumDegree).contains(degree) && ridge >= 0)
        let low = x.min()!, high = x.max()!
        let center = (low + high) / 2
        let halfWidth = high > low ? (high - low) / 2 : 1
        let t = x.map { ($0 - center) / halfWidth }
        var columns = (0...degree).map { k in t.map { Foundation.pow($0, Double(k)) } }
        var b = y
        if ridge > 0 {
            let penalty = Polynomial.powersOfT(center: center, halfWidth: halfWidth, upTo: degree)
            for k in 0...degree {
                columns[k] += (0...degree).map { j in j < penalty[k].count ? ridge.squareRoot() * penalty[k][j] : 0 }
            }
            b += [Double](repeating: 0, count: degree + 1)
        }
        let scales = columns.map { column -> Double in
            let length = dot(column, column).squareRoot()
            return length > 0 ? length : 1
        }
        let scaled = zip(columns, scales).map { column, scale in column.map { $0 / scale } }
        let solved = LeastSquares(columns: scaled, b: b, rcond: Double(x.count) * Double.ulpOfOne)
        polynomial = Polynomial(center: center, halfWidth: halfWidth, scaledCoefficients: zip(solved.solution, scales).map { $0 / $1 })
        self.ridge = ridge
        rank = solved.rank
        pointCount = x.count
        distinctCount = Set(x).count
    }

    /// Whether the points left some coefficients free (and the smallest were chosen).
    var isUnderdetermined: Bool { rank < polynomial.degree + 1 }

    /// Why the fit is not the only one, when it is not.
    var note: String? {
        guard isUnderdetermined else { return nil }
        let points = pointCount == distinctCount ? "the \(pointCount) point\(pointCount == 1 ? "" : "s")"
            : "the \(pointCount) points (at \(distinctCount) different x)"
        let count = polynomial.degree + 1
        return "degree \(polynomial.degree) has \(count) coefficients, but \(points) pin down only \(rank): "
            + "of the many polynomials that fit them equally well, polyfit gives the one with the smallest coefficients (the minimum-norm solution)"
    }
}
