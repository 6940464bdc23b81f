import Testing
@testable import OverfittingPlugin

/// The fits against numpy (see `Fixtures/make_fixtures.py`).
@Suite("Fits against numpy")
struct ReferenceTests {
    static let reference = Reference.shared

    @Test("polyfit matches numpy's polyfit to 1e-8 relative, degrees 0 to 15 on 20 points",
          arguments: ReferenceTests.reference.polyfit.filter { $0.numpy_error < 1e-9 })
    func polyfit(_ fixture: Reference.PolyfitCase) {
        let fit = PolynomialFit(x: fixture.x, y: fixture.y, degree: fixture.degree)
        let error = Reference.relativeError(fit.polynomial.coefficients, fixture.numpy)
        #expect(error < 1e-8, "\(fixture.name), degree \(fixture.degree): \(error)")
        #expect(!fit.isUnderdetermined && fit.note == nil)
    }

    @Test("where numpy itself strays from the exact answer by more than 1e-9, polyfit stays within 1e-8 of it, and off numpy by no more than numpy is off",
          arguments: ReferenceTests.reference.polyfit.filter { $0.numpy_error >= 1e-9 })
    func polyfitWhereNumpyStrays(_ fixture: Reference.PolyfitCase) {
        let fit = PolynomialFit(x: fixture.x, y: fixture.y, degree: fixture.degree)
        let error = Reference.relativeError(fit.polynomial.coefficients, fixture.exact)
        #expect(error < 1e-8, "\(fixture.name), degree \(fixture.degree): \(error) from exact, numpy \(fixture.numpy_error)")
        // |c - numpy| <= |c - exact| + |exact - numpy|: what separates polyfit from numpy is numpy's own error.
        let fromNumpy = Reference.relativeError(fit.polynomial.coefficients, fixture.numpy)
        #expect(fromNumpy < 1.01 * fixture.numpy_error + 1e-8, "\(fixture.name), degree \(fixture.degree): \(fromNumpy) from numpy, numpy \(fixture.numpy_error) from exact")
    }

    @Test("the fixtures hold both kinds of case, and every fit up to degree 15")
    func coverage() {
        let cases = ReferenceTests.reference.polyfit
        #expect(Set(cases.map(\.degree)) == Set(0...15))
        #expect(cases.allSatisfy { $0.x.count == 20 })
        #expect(cases.filter { $0.numpy_error < 1e-9 }.count >= 40)
    }

    @Test("least squares matches numpy's lstsq: solution, rank and singular values", arguments: ReferenceTests.reference.lstsq)
    func lstsq(_ fixture: Reference.LstsqCase) {
        let solved = LeastSquares(columns: fixture.columns, b: fixture.b, rcond: fixture.rcond)
        #expect(Reference.relativeError(solved.solution, fixture.solution) < 1e-10, "\(fixture.name)")
        #expect(solved.rank == fixture.rank, "\(fixture.name)")
        let singular = Array(solved.singularValues.sorted(by: >).prefix(fixture.singular_values.count))
        #expect(Reference.relativeError(singular, fixture.singular_values) < 1e-12, "\(fixture.name)")
    }

    @Test("an under-determined fit is the minimum-norm one, passes through every point, and says so",
          arguments: ReferenceTests.reference.underdetermined)
    func underdetermined(_ fixture: Reference.UnderdeterminedCase) throws {
        let fit = PolynomialFit(x: fixture.x, y: fixture.y, degree: fixture.degree)
        #expect(Reference.relativeError(fit.polynomial.coefficients, fixture.coefs) < 1e-8, "\(fixture.name)")
        #expect(fit.rank == fixture.rank)
        #expect(fit.polynomial.coefficients.allSatisfy { $0.isFinite })
        let note = try #require(fit.note)
        #expect(note.contains("degree \(fixture.degree) has \(fixture.degree + 1) coefficients"))
        #expect(note.contains("pin down only \(fixture.rank)"))
        #expect(note.contains("minimum-norm"))
        // With one y per distinct x it interpolates; with repeated x it goes through their means.
        if Set(fixture.x).count == fixture.x.count {
            for (x, y) in zip(fixture.x, fixture.y) { #expect(abs(fit.polynomial(x) - y) < 1e-9) }
        }
    }

    @Test("ridge matches the stacked least-squares problem numpy solved", arguments: ReferenceTests.reference.ridge)
    func ridge(_ fixture: Reference.RidgeCase) {
        let fit = PolynomialFit(x: fixture.x, y: fixture.y, degree: fixture.degree, ridge: fixture.ridge)
        #expect(Reference.relativeError(fit.polynomial.coefficients, fixture.coefs) < 1e-8, "degree \(fixture.degree), ridge \(fixture.ridge)")
        #expect(fit.note == nil)
    }
}
