import KnobsEngine
import KnobsLang

/// The bodies of `plot`, `scatter` and `boundary`: read the arguments, draw, return the text.
struct PlotFunctions {
    let context: CallContext
    let terminal: Terminal
    /// The width of a plot when the program does not give one.
    let defaultWidth: Int

    /// The most columns and rows a program may ask for.
    static let widths = 20...400
    static let heights = 2...200

    /// `plot(x, y: nil, title:, labels:, xlabel:, ylabel:, width:, height:)`.
    func plot(_ args: Arguments) throws -> String {
        let read = PlotArguments(function: "plot", context: context)
        var xs: [Double]?
        var series: [LineChart.Series]
        if args[1] == .nil {
            series = try read.series(args[0], argument: 0)
        } else {
            guard let given = try read.numbers(args[0]) else {
                throw RuntimeError("plot(xs, ys) needs the xs as a list of numbers, got \(args[0].describedType)", argument: 0)
            }
            xs = given
            series = try read.series(args[1], argument: 1)
            for line in series where line.values.count != given.count {
                throw RuntimeError("plot needs as many xs as ys, got \(given.count) xs and \(line.values.count) ys", argument: 1)
            }
        }
        guard series.contains(where: { $0.values.contains { $0.isFinite } }) else {
            throw RuntimeError("plot needs at least one number to draw", hint: "plot([3, 2, 1])", argument: 0)
        }
        if let labels = try read.labels(args[3], count: series.count) {
            for index in series.indices { series[index].label = labels[index] }
        }
        let chart = LineChart(series: series, x: xs, title: try read.text(args[2], "title"), xLabel: try read.text(args[4], "xlabel"), yLabel: try read.text(args[5], "ylabel"))
        let width = try read.size(args[6], "width", default: defaultWidth, range: PlotFunctions.widths)
        let height = try read.size(args[7], "height", default: PlotLibrary.lineHeight, range: PlotFunctions.heights)
        try context.countSteps(series.reduce(width * height) { $0 + $1.values.count })
        return chart.render(width: width, height: height, terminal: terminal)
    }

    /// `scatter(x, y: nil, classes:, title:, xlabel:, ylabel:, width:, height:)`.
    func scatter(_ args: Arguments) throws -> String {
        let read = PlotArguments(function: "scatter", context: context)
        var (points, names) = try scatterPoints(args[0], args[1], read)
        if args[2] != .nil {
            let classes = try read.classes(args[2], count: points.count)
            for index in points.indices { points[index].group = classes[index] }
            names = (0...(classes.max() ?? 0)).map { "class \($0)" }
        }
        guard !points.isEmpty else { throw RuntimeError("scatter needs at least one point", argument: 0) }
        let plot = ScatterPlot(points: points, groupNames: names, title: try read.text(args[3], "title"), xLabel: try read.text(args[4], "xlabel"), yLabel: try read.text(args[5], "ylabel"))
        let width = try read.size(args[6], "width", default: defaultWidth, range: PlotFunctions.widths)
        let height = try read.size(args[7], "height", default: PlotLibrary.planeHeight, range: PlotFunctions.heights)
        try context.countSteps(points.count + width * height)
        return try plot.render(width: width, height: height, terminal: terminal)
    }

    /// The points of `scatter(data)`, `scatter(points)` (a tensor of two columns) or `scatter(xs, ys)`, and the names of their groups.
    private func scatterPoints(_ first: Value, _ second: Value, _ read: PlotArguments) throws -> ([ScatterPlot.Point], [String]) {
        if let data = first.dataset {
            guard case .nil = second else {
                throw RuntimeError("scatter(data) takes no ys: a data set has its own", hint: "scatter(data), or scatter(xs, ys) for numbers", argument: 1)
            }
            return try datasetPoints(data, function: "scatter")
        }
        if case .nil = second {
            if let tensor = first.tensor, tensor.rank == 2, tensor.shape[1] == 2 {
                return ((0..<tensor.shape[0]).map { ScatterPlot.Point(x: tensor.values[2 * $0], y: tensor.values[2 * $0 + 1]) }, [])
            }
            throw RuntimeError(
                "scatter needs a data set, a tensor of points [n, 2], or xs and ys, got \(first.describedType)",
                hint: "scatter(dataset(\"moons\")) or scatter(xs, ys)", argument: 0)
        }
        guard let xs = try read.numbers(first) else {
            throw RuntimeError("scatter(xs, ys) needs the xs as a list of numbers, got \(first.describedType)", argument: 0)
        }
        guard let ys = try read.numbers(second) else {
            throw RuntimeError("scatter(xs, ys) needs the ys as a list of numbers, got \(second.describedType)", argument: 1)
        }
        guard xs.count == ys.count else {
            throw RuntimeError("scatter needs as many xs as ys, got \(xs.count) xs and \(ys.count) ys", argument: 1)
        }
        return (zip(xs, ys).map { ScatterPlot.Point(x: $0, y: $1) }, [])
    }

    /// A data set's points: its two inputs coloured by class, or its one input against the target.
    func datasetPoints(_ data: Dataset, function: String) throws -> ([ScatterPlot.Point], [String]) {
        let features = data.x.shape.count == 2 ? data.x.shape[1] : 1
        let x = data.x.values
        let y = data.y.values
        switch features {
        case 1:
            return ((0..<data.count).map { ScatterPlot.Point(x: x[$0], y: y[$0]) }, [])
        case 2:
            let classified = data.task != .regression
            let points = (0..<data.count).map { ScatterPlot.Point(x: x[2 * $0], y: x[2 * $0 + 1], group: classified ? Int(y[$0]) : 0) }
            return (points, PlotArguments.classNames(data.task))
        default:
            throw RuntimeError("\(function) draws data sets with 1 or 2 inputs, but this one has \(features)", argument: function == "scatter" ? 0 : 1)
        }
    }

    /// `boundary(model, data, title:, width:, height:)`.
    func boundary(_ args: Arguments) throws -> String {
        let read = PlotArguments(function: "boundary", context: context)
        guard let data = args[1].dataset else {
            throw RuntimeError("boundary needs a data set, got \(args[1].describedType)", hint: "boundary(net, dataset(\"moons\"))", argument: 1)
        }
        let features = data.x.shape.count == 2 ? data.x.shape[1] : 1
        guard features == 2, data.task != .regression else {
            let what = data.task == .regression ? "a regression" : "\(features) input\(features == 1 ? "" : "s")"
            throw RuntimeError("boundary draws classes of points in the plane: a data set of 2 inputs and classes, but this one has \(what)",
                               hint: "try boundary(net, dataset(\"moons\")), or scatter(data) to see the data", argument: 1)
        }
        let model = try BoundaryModel(args[0], context: context)
        let (points, names) = try datasetPoints(data, function: "boundary")
        let plot = ScatterPlot(points: points, groupNames: names, title: try read.text(args[2], "title"))
        let width = try read.size(args[3], "width", default: defaultWidth, range: PlotFunctions.widths)
        let height = try read.size(args[4], "height", default: PlotLibrary.planeHeight, range: PlotFunctions.heights)
        try context.countSteps(points.count + width * height)
        return try plot.render(width: width, height: height, terminal: terminal, regions: model.classes)
    }
}
