import KnobsPluginAPI

/// A model as a curve for `show_fit`: its name in the legend and its values at many x.
struct ModelCurve {
    let curve: (label: String, values: ([Double]) throws -> [Double])

    /// A polynomial, a network of one input and one output, or a knobs function of x.
    init(_ model: Value, index: Int, argument: Int, context: CallContext) throws {
        switch model {
        case .object(let polynomial as PolynomialObject):
            let ridge = polynomial.fit.ridge > 0 ? ", ridge \(NumberFormatting.shortest(polynomial.fit.ridge))" : ""
            curve = ("degree \(polynomial.polynomial.degree)\(ridge)", { $0.map { polynomial.polynomial($0) } })
        case .function(let function):
            curve = (function.signature.name.isEmpty ? "fn \(index + 1)" : function.signature.name, { xs in
                try xs.map { x in
                    let y = try context.call(model, with: .number(x))
                    guard let number = y.numberValue else {
                        throw RuntimeError("show_fit draws functions that give a number for a number, but \(function.signature.title) gave \(y.describedType)", argument: argument)
                    }
                    return number
                }
            })
        default:
            guard let module = model.module else {
                throw RuntimeError("show_fit draws polynomials, networks and functions of x, got \(model.describedType)",
                                   hint: "show_fit(data, [polyfit(data.x, data.y, 3)])", argument: argument)
            }
            curve = ("network \(index + 1) (\(module.parameterCount) params)", { xs in
                let output = try Metrics.predict(module, Tensor(xs, shape: [xs.count, 1]))
                guard output.count == xs.count else {
                    throw RuntimeError("show_fit draws networks of one input and one output, but this one gives \(output.count / max(xs.count, 1)) outputs", argument: argument)
                }
                return output.values
            })
        }
    }
}
