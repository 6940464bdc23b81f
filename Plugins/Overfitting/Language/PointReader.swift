import KnobsPluginAPI

/// Reads the points, data sets and settings the plugin's functions take,
/// with errors that name the function and point at the argument.
struct PointReader {
    let function: String
    let context: CallContext

    /// One number per point from a list, a range or a tensor of shape [n] or [n, 1].
    func numbers(_ value: Value, argument: Int, name: String) throws -> [Double] {
        let tensor = try context.tensor(from: value, argument: argument, function)
        guard tensor.rank <= 1 || (tensor.rank == 2 && tensor.shape[1] == 1) else {
            throw RuntimeError(
                "\(function) needs one number per point for \(name), got a tensor of shape \(Shape.describe(tensor.shape))",
                hint: "a curve has one input: give \(name) as a list or a tensor of shape [points] or [points, 1]", argument: argument)
        }
        if let bad = tensor.values.first(where: { !$0.isFinite }) {
            throw RuntimeError("\(function) needs finite numbers for \(name), but it holds \(NumberFormatting.shortest(bad))",
                               hint: "drop the points that are nan or inf first", argument: argument)
        }
        return tensor.values
    }

    /// A data set argument.
    func dataset(_ value: Value, argument: Int) throws -> Dataset {
        guard let data = value.dataset else {
            throw RuntimeError("\(function) needs a data set, got \(value.describedType)",
                               hint: "make one with dataset(\"cubic\"), or dataset(x, y) from your own numbers", argument: argument)
        }
        return data
    }

    /// A data set of one input, as its x and y, with a clear error for any other.
    func curveData(_ value: Value, argument: Int) throws -> (x: [Double], y: [Double]) {
        try curvePoints(try dataset(value, argument: argument), argument: argument)
    }

    /// The x and y of a data set of one input.
    func curvePoints(_ data: Dataset, argument: Int) throws -> (x: [Double], y: [Double]) {
        guard data.x.rank == 2, data.x.shape[1] == 1 else {
            throw RuntimeError("\(function) fits curves to data sets of one input, but this one has \(data.x.shape.last ?? 0)",
                               hint: "try dataset(\"cubic\") or dataset(\"sine\")", argument: argument)
        }
        return (data.x.values, data.y.values)
    }

    /// A whole number in `range`, or an error that says the range.
    func whole(_ value: Value, argument: Int, name: String, in range: ClosedRange<Int>, hint: String? = nil) throws -> Int {
        guard let n = value.numberValue, n.isFinite, n == n.rounded(), n >= Double(range.lowerBound), n <= Double(range.upperBound) else {
            let got = value.numberValue.map { NumberFormatting.shortest($0) } ?? value.describedType
            let bound = range.upperBound == Int.max ? "at least \(range.lowerBound)" : "from \(range.lowerBound) to \(range.upperBound)"
            throw RuntimeError("\(function)'s \(name) is a whole number \(bound), got \(got)", hint: hint, argument: argument)
        }
        return Int(n)
    }

    /// A number ≥ 0.
    func nonNegative(_ value: Value, argument: Int, name: String, hint: String? = nil) throws -> Double {
        guard let n = value.numberValue, n.isFinite, n >= 0 else {
            let got = value.numberValue.map { NumberFormatting.shortest($0) } ?? value.describedType
            throw RuntimeError("\(function)'s \(name) is a number ≥ 0, got \(got)", hint: hint, argument: argument)
        }
        return n
    }

    /// A fraction of the samples to hold out, between 0 and 1 (both excluded).
    func fraction(_ value: Value, argument: Int, name: String) throws -> Double {
        guard let n = value.numberValue, n > 0, n < 1 else {
            let got = value.numberValue.map { NumberFormatting.shortest($0) } ?? value.describedType
            throw RuntimeError("\(function)'s \(name) is the fraction of samples held out for testing, between 0 and 1, got \(got)",
                               hint: "\(name): 0.3 keeps 30% aside; or give a data set of its own", argument: argument)
        }
        return n
    }

    /// Whole numbers from a list or range (`degrees: 0...12`).
    func wholeNumbers(_ value: Value, argument: Int, name: String, in range: ClosedRange<Int>, hint: String? = nil) throws -> [Int] {
        let items = try context.items(of: value, argument: argument, function)
        guard !items.isEmpty else {
            throw RuntimeError("\(function)'s \(name) is empty", hint: "give at least one, e.g. \(name): 0...12", argument: argument)
        }
        return try items.map { try whole($0, argument: argument, name: name, in: range, hint: hint) }
    }

    /// The width or height a drawing may take; nil leaves the default.
    func size(_ value: Value, argument: Int, name: String, in range: ClosedRange<Int>) throws -> Int? {
        if case .nil = value { return nil }
        return try whole(value, argument: argument, name: name, in: range)
    }
}
