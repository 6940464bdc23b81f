import KnobsPluginAPI

/// `polyfit`, `degree_sweep` and `show_fit`: polynomials of every degree, and what they do to test error.
struct CurveFunctions {
    let terminal: Terminal

    var functions: [Function] { [polyfit, degreeSweep, showFit] }

    var polyfit: Function {
        Function(
            Signature("polyfit", "x", "y", "degree", options: ["ridge": .number(0)]),
            doc: "The polynomial of a degree that passes closest to the points (least squares, as numpy's polyfit): p = polyfit(data.x, data.y, 3); p(0.5), p.coefs. ridge: 0.01 adds that much of the sum of the squared coefficients to the error, which keeps them small. With fewer points than coefficients it gives the fit with the smallest coefficients, and says so."
        ) { args, context in
            let reader = PointReader(function: "polyfit", context: context)
            let x = try reader.numbers(args[0], argument: 0, name: "x")
            let y = try reader.numbers(args[1], argument: 1, name: "y")
            guard !x.isEmpty else {
                throw RuntimeError("polyfit needs at least one point, got none", hint: "give it the points' x and y: polyfit(data.x, data.y, 3)", argument: 0)
            }
            guard x.count == y.count else {
                throw RuntimeError("polyfit needs one y for every x, got \(x.count) x and \(y.count) y",
                                   hint: "x and y are the two halves of the same points: polyfit(data.x, data.y, 3)", argument: 1)
            }
            let tooHigh = (args[2].numberValue ?? 0) > Double(PolynomialFit.maximumDegree)
            let degree = try reader.whole(
                args[2], argument: 2, name: "degree", in: 0...PolynomialFit.maximumDegree,
                hint: tooHigh ? "beyond degree \(PolynomialFit.maximumDegree) the powers of x are too alike to tell apart; degree 12 on 15 points is plenty to see overfitting"
                    : "the degree is the highest power of x: 0 is a constant, 1 a line, 2 a parabola")
            let ridge = try reader.nonNegative(args[3], argument: 3, name: "ridge", hint: "ridge: 0 is plain least squares; try ridge: 0.001")
            try context.countSteps(x.count * (degree + 1) * (degree + 1))
            let fit = PolynomialFit(x: x, y: y, degree: degree, ridge: ridge)
            if let note = fit.note { try context.write(MarkdownRenderer(terminal: terminal).render("note: " + note + "\n")) }
            return .object(PolynomialObject(fit))
        }
    }

    var degreeSweep: Function {
        Function(
            Signature("degree_sweep", "data", options: ["degrees": .range(lower: 0, upper: 13), "test": .number(0.3), "ridge": .number(0), "width": .nil, "height": .nil]),
            doc: "Fits a polynomial of every degree to the training part of a data set and draws the training and test error of each: the U-shaped curve of overfitting. degree_sweep(data, degrees: 0...12, test: 0.3) holds out 30% for testing (or test: a data set of its own); ridge: fits with a ridge penalty. Returns the sweep: s.best, s.train, s.test, s.fits."
        ) { args, context in
            let reader = PointReader(function: "degree_sweep", context: context)
            let data = try reader.dataset(args[0], argument: 0)
            let degrees = try reader.wholeNumbers(args[1], argument: 1, name: "degrees", in: 0...PolynomialFit.maximumDegree,
                                                  hint: "degrees: 0...12 shows the whole U; beyond degree \(PolynomialFit.maximumDegree) the powers of x are too alike to tell apart")
            let ridge = try reader.nonNegative(args[3], argument: 3, name: "ridge", hint: "ridge: 0 is plain least squares; try ridge: 0.001")
            let size = try DrawingSize(width: args[4], height: args[5], widthArgument: 4, terminal: terminal, defaultHeight: PlotLibrary.lineHeight, reader: reader)
            _ = try reader.curvePoints(data, argument: 0)
            let holdout = try Holdout(data, test: args[2], argument: 2, reader: reader)
            let train = try reader.curvePoints(holdout.train, argument: 0), test = try reader.curvePoints(holdout.test, argument: 2)
            let sweep = try DegreeSweep(train: train, test: test, degrees: degrees, ridge: ridge) { degree in
                try context.countSteps(train.x.count * (degree + 1) * (degree + 1))
            }
            try context.write(SweepReport(sweep: sweep, testCount: test.x.count, ridge: ridge).render(width: size.width, height: size.height, terminal: terminal))
            return try context.newResult(SweepReport.result(sweep))
        }
    }

    var showFit: Function {
        Function(
            Signature("show_fit", "data", "models", defaults: ["models": .list(ListValue())], options: ["title": .nil, "width": .nil, "height": .nil]),
            doc: "Draws the points of a data set and the curves of models fitted to it: show_fit(data, [polyfit(data.x, data.y, 1), polyfit(data.x, data.y, 9)]). A model is a polynomial, a network of one input, or a function of x."
        ) { args, context in
            let reader = PointReader(function: "show_fit", context: context)
            let points = try reader.curveData(args[0], argument: 0)
            let models: [Value] = if case .list(let list) = args[1] { list.items } else { [args[1]] }
            let curves = try models.enumerated().map { index, model in
                try ModelCurve(model, index: index, argument: 1, context: context).curve
            }
            let title: String?
            switch args[2] {
            case .nil: title = nil
            case .string(let text): title = text
            default: throw RuntimeError("show_fit's title is text, got \(args[2].describedType)", hint: "title: \"degree 1 against degree 9\"", argument: 2)
            }
            let size = try DrawingSize(width: args[3], height: args[4], widthArgument: 3, terminal: terminal, defaultHeight: PlotLibrary.planeHeight, reader: reader)
            try context.countSteps((FitChart.samples + 2 * points.x.count) * (models.count + 1) + size.width * size.height)
            let chart = FitChart(points: zip(points.x, points.y).map { ($0, $1) }, curves: curves, title: title)
            try context.write(try chart.render(width: size.width, height: size.height, terminal: terminal))
            return .nil
        }
    }
}

extension CallContext {
    /// An experiment's result, counted against the memory limit.
    func newResult(_ result: ResultObject) throws -> Value {
        try chargeNew(result.weight)
        return .object(result)
    }
}
