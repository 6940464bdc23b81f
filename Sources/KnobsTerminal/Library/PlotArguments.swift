import KnobsEngine
import KnobsLang

/// Reads the arguments of `plot`, `scatter` and `boundary` from knobs values, with messages a learner can act on.
struct PlotArguments {
    let function: String
    let context: CallContext

    /// The numbers of a list, range or tensor of one row or column; nil when the value is none of those.
    func numbers(_ value: Value) throws -> [Double]? {
        switch value {
        case .list(let list):
            var numbers: [Double] = []
            numbers.reserveCapacity(list.count)
            for item in list.items {
                guard let number = item.numberValue else { return nil }
                numbers.append(number)
            }
            return numbers
        case .range:
            return try context.numbers(of: value, argument: 0, function)
        case .object:
            guard let tensor = value.tensor else { return nil }
            let isColumn = tensor.rank == 2 && tensor.shape[1] == 1
            return tensor.rank <= 1 || isColumn ? tensor.values : nil
        default:
            return nil
        }
    }

    /// The series of `plot`: a list (or tensor) of numbers, a list of them, a
    /// record of them (labelled by field), the columns of a matrix, or a training history.
    func series(_ value: Value, argument: Int) throws -> [LineChart.Series] {
        if let history = value.trainingHistory {
            return [LineChart.Series(history.loss, label: "loss")]
        }
        if let values = try numbers(value) {
            return [LineChart.Series(values)]
        }
        switch value {
        case .record(let record):
            return try zip(record.keys, record.values).map { key, field in
                guard let values = try numbers(field) else {
                    throw RuntimeError("\(function) needs numbers in every field, but '\(key)' holds \(field.describedType)", argument: argument)
                }
                return LineChart.Series(values, label: key)
            }
        case .list(let list):
            if list.items.contains(where: { $0.numberValue != nil }), let odd = list.items.first(where: { $0.numberValue == nil }) {
                throw RuntimeError("\(function) needs a list of numbers, but it holds \(odd.describedType)", argument: argument)
            }
            return try list.items.map { item in
                guard let values = try numbers(item) else {
                    throw RuntimeError(
                        "\(function) needs a list of numbers or a list of lists of numbers, but the list holds \(item.describedType)",
                        hint: "plot([1, 4, 9]) draws one line; plot([train, test]) draws two", argument: argument)
                }
                return LineChart.Series(values)
            }
        case .object:
            if let tensor = value.tensor, tensor.rank == 2 {
                let (rows, columns) = (tensor.shape[0], tensor.shape[1])
                return (0..<columns).map { column in LineChart.Series((0..<rows).map { tensor.values[$0 * columns + column] }) }
            }
            if let tensor = value.tensor {
                throw RuntimeError("\(function) draws tensors of one or two dimensions, got shape \(Shape.describe(tensor.shape))", argument: argument)
            }
        default:
            break
        }
        throw RuntimeError(
            "\(function) needs a list of numbers, got \(value.describedType)",
            hint: "plot(h.loss) draws a history's loss; plot([1, 4, 9]) any numbers", argument: argument)
    }

    /// A text argument (`title:`), nil when not given.
    func text(_ value: Value, _ name: String) throws -> String? {
        switch value {
        case .nil: return nil
        case .string(let text): return text
        default: throw RuntimeError("\(function)'s \(name): needs a string, got \(value.describedType)", hint: "\(name): \"loss\"")
        }
    }

    /// The names of the series (`labels:`): a string for one series, else a list of as many strings.
    func labels(_ value: Value, count: Int) throws -> [String]? {
        switch value {
        case .nil:
            return nil
        case .string(let label) where count == 1:
            return [label]
        case .list(let list) where list.count == count:
            return try list.items.map { item in
                guard case .string(let label) = item else {
                    throw RuntimeError("\(function)'s labels: needs strings, got \(item.describedType)", hint: "labels: [\"train\", \"test\"]")
                }
                return label
            }
        default:
            let noun = count == 1 ? "1 name" : "\(count) names"
            throw RuntimeError("\(function)'s labels: needs \(noun), one for each line, got \(value.summary)", hint: "labels: [\"train\", \"test\"] names two lines")
        }
    }

    /// A size (`width:`, `height:`) within bounds, or the default when not given.
    func size(_ value: Value, _ name: String, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
        if case .nil = value { return fallback }
        guard let number = value.numberValue, number == number.rounded(), number >= Double(range.lowerBound), number <= Double(range.upperBound) else {
            throw RuntimeError("\(function)'s \(name): needs a whole number from \(range.lowerBound) to \(range.upperBound), got \(value.summary)")
        }
        return Int(number)
    }

    /// Class numbers, one per point: whole numbers from 0.
    func classes(_ value: Value, count: Int) throws -> [Int] {
        guard let numbers = try numbers(value), numbers.count == count,
              numbers.allSatisfy({ $0 >= 0 && $0 == $0.rounded() && $0 < 1000 }) else {
            throw RuntimeError(
                "\(function)'s classes: needs \(count) whole numbers from 0, one class per point, got \(value.summary)",
                hint: "classes: data.y")
        }
        return numbers.map { Int($0) }
    }

    /// The names of a data set's classes, or none for a regression.
    static func classNames(_ task: Dataset.Task) -> [String] {
        switch task {
        case .regression: return []
        case .binary: return ["class 0", "class 1"]
        case .classes(let n): return (0..<n).map { "class \($0)" }
        }
    }
}
