import Foundation
import KnobsPluginAPI

/// A fitted polynomial in the language: what `polyfit` returns.
///
/// `p(x)` evaluates it (a number, or a tensor of any shape point by point);
/// `p.coefs` are its coefficients, highest power first as numpy gives them;
/// `predict(p, x)` and `count_params(p)` take it as they take a network.
final class PolynomialObject: FittedModel, @unchecked Sendable {
    let fit: PolynomialFit

    init(_ fit: PolynomialFit) {
        self.fit = fit
    }

    var polynomial: Polynomial { fit.polynomial }
    var typeName: String { "polynomial" }
    var parameterCount: Int { polynomial.degree + 1 }
    var weight: Int { parameterCount }
    var memberNames: [String] { ["coefs", "degree", "ridge", "note"] }

    /// The documentation `knobs plugins overfitting` and `:help` show.
    static let documentation = ObjectTypeDoc(
        name: "polynomial",
        summary: "A polynomial fitted by polyfit: call it, p(x), on a number or a tensor.",
        members: [
            ("coefs", "its coefficients, highest power first (as numpy's polyfit): [a, b, c] is a·x^2 + b·x + c"),
            ("degree", "its degree; it has degree + 1 coefficients, which count_params(p) counts"),
            ("ridge", "the ridge strength it was fitted with (0: plain least squares)"),
            ("note", "why the fit is one of many, when there were fewer points than coefficients; else nil"),
        ])

    var description: String {
        let degree = polynomial.degree
        let head = "polynomial(degree: \(degree)\(fit.ridge > 0 ? ", ridge: \(NumberFormatting.shortest(fit.ridge))" : ""))"
        guard degree <= 4 else { return head + " with \(parameterCount) coefficients" }
        return head + ": " + PolynomialObject.formula(polynomial.coefficients)
    }

    /// The coefficients as a formula in x, 4 significant digits each: `1.5x^2 - 0.25x + 3`.
    static func formula(_ coefficients: [Double]) -> String {
        let degree = coefficients.count - 1
        var text = ""
        for (index, coefficient) in coefficients.enumerated() {
            let power = degree - index
            let size = String(format: "%.4g", abs(coefficient))
            let term = power == 0 ? size : (size == "1" ? "" : size) + (power == 1 ? "x" : "x^\(power)")
            let negative = coefficient < 0 && size != "0"
            text += text.isEmpty ? (negative ? "-" : "") + term : (negative ? " - " : " + ") + term
        }
        return text
    }

    func property(_ name: String) throws -> Value? {
        switch name {
        case "coefs": return .object(Tensor(polynomial.coefficients, shape: [parameterCount]))
        case "degree": return .number(Double(polynomial.degree))
        case "ridge": return .number(fit.ridge)
        case "note": return fit.note.map { .string($0) } ?? .nil
        default: return nil
        }
    }

    func call(_ arguments: [Value], context: CallContext) throws -> Value? {
        guard arguments.count == 1 else {
            throw RuntimeError("a polynomial takes one input, a number or a tensor of them, got \(arguments.count)", hint: "p(2) or p(data.x)")
        }
        if case .number(let x) = arguments[0] { return .number(polynomial(x)) }
        let input = try context.tensor(from: arguments[0], argument: 0, "the polynomial")
        try context.countSteps(input.count * parameterCount >> 6)
        try context.chargeNew(input.count)
        return .object(try predict(input))
    }

    func predict(_ input: Tensor) throws -> Tensor {
        guard input.rank < 2 || input.shape.dropFirst().allSatisfy({ $0 == 1 }) else {
            throw RuntimeError(
                "a polynomial takes one number per sample, got a tensor of shape \(Shape.describe(input.shape))",
                hint: "a polynomial has one input: give it x of shape [samples] or [samples, 1]")
        }
        return Tensor(input.values.map { polynomial($0) }, shape: input.shape)
    }
}
