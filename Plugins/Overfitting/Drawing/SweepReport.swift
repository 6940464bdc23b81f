import KnobsPluginAPI

/// What `degree_sweep` shows: a table of the errors of every degree with the
/// best marked, and the U-shaped curve.
struct SweepReport {
    let sweep: DegreeSweep
    let testCount: Int
    let ridge: Double

    func render(width: Int, height: Int, terminal: Terminal) -> String {
        let rows = sweep.rows
        let largest = rows.flatMap { [$0.trainError, $0.testError] }.filter(\.isFinite).max() ?? 0
        let bestIndex = rows.firstIndex { $0.degree == sweep.best.degree && $0.testError == sweep.best.testError }
        var table = ErrorTable(
            headers: ["degree", "params", "train MSE", "test MSE"],
            rows: rows.map { row in
                ["\(row.degree)", "\(row.parameters)\(row.fit.isUnderdetermined ? "*" : "")",
                 ErrorTable.number(row.trainError, largest: largest), ErrorTable.number(row.testError, largest: largest)]
            },
            best: bestIndex)
        if rows.contains(where: \.fit.isUnderdetermined) {
            table.notes.append("\\* more coefficients than the \(sweep.trainCount) training points can pin down: the curve passes through every point, and polyfit picks the one with the smallest coefficients.")
        }
        let ridgeText = ridge > 0 ? ", ridge \(NumberFormatting.shortest(ridge))" : ""
        let chart = ErrorChart(
            x: rows.map { Double($0.degree) }, train: rows.map(\.trainError), test: rows.map(\.testError),
            best: (Double(sweep.best.degree), "best: degree \(sweep.best.degree)"),
            title: "error by degree (\(sweep.trainCount) training, \(testCount) test points\(ridgeText))",
            xLabel: "degree", errorName: "mean squared error")
        return table.render(terminal: terminal) + "\n" + chart.render(width: width, height: height, terminal: terminal)
    }

    /// The sweep as a value: `s.best`, `s.degrees`, `s.params`, `s.train`, `s.test`, `s.fits`.
    static func result(_ sweep: DegreeSweep) -> ResultObject {
        let best = sweep.best
        return ResultObject(
            typeName: "sweep",
            summary: "best degree: \(best.degree), test MSE: \(ErrorTable.number(best.testError, largest: best.testError))",
            properties: [
                ("best", .number(Double(best.degree))),
                ("degrees", .numbers(sweep.rows.map { Double($0.degree) })),
                ("params", .numbers(sweep.rows.map { Double($0.parameters) })),
                ("train", .numbers(sweep.rows.map(\.trainError))),
                ("test", .numbers(sweep.rows.map(\.testError))),
                ("fits", .list(ListValue(sweep.rows.map { .object(PolynomialObject($0.fit)) }))),
            ])
    }

    /// The documentation of what `degree_sweep` returns.
    static let documentation = ObjectTypeDoc(
        name: "sweep",
        summary: "What degree_sweep returns: the errors of every degree it fitted.",
        members: [
            ("best", "the degree with the smallest test error (of equal ones, the lowest)"),
            ("degrees", "the degrees, in the order fitted"),
            ("params", "the number of coefficients of each: degree + 1"),
            ("train", "the mean squared error of each on its training points"),
            ("test", "the mean squared error of each on the test points"),
            ("fits", "the fitted polynomials"),
        ])
}
