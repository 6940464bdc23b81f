import Foundation
import KnobsEngine

/// `graph(loss)`: the computation behind a value as numbered lines a learner
/// can follow, inputs first, each with its value and gradient:
///
///     p1 = param(2)         value 2    grad 3
///     p2 = param(3)         value 3    grad 2
///     t1 = p1 * p2          value 6    grad 1
enum GraphText {
    /// The most operations `graph` lists; bigger graphs get a summary line.
    static let maximumNodes = 60

    static func render(_ root: Tensor) throws -> String {
        let order = root.topologicalOrder()
        guard order.count <= maximumNodes else {
            throw RuntimeError(
                "graph shows computations of up to \(maximumNodes) steps; this one has \(order.count)",
                hint: "graph a smaller example: a few parameters and operations")
        }
        var names = [ObjectIdentifier: String]()
        var counters = (parameters: 0, constants: 0, results: 0)
        var rows = [(expression: String, value: String, grad: String)]()
        for node in order {
            let name: String
            let expression: String
            if let origin = node.origin {
                counters.results += 1
                name = "t\(counters.results)"
                expression = "\(name) = " + formula(origin, origin.inputs.map { names[ObjectIdentifier($0)] ?? "?" })
            } else if node.isParameter {
                counters.parameters += 1
                name = "p\(counters.parameters)"
                expression = "\(name) = param(\(brief(node)))"
            } else {
                counters.constants += 1
                name = "c\(counters.constants)"
                expression = "\(name) = \(brief(node))"
            }
            names[ObjectIdentifier(node)] = name
            let grad = node.grad.map { brief(Tensor($0, shape: node.shape)) } ?? "–"
            rows.append((expression, "value " + brief(node), "grad " + grad))
        }
        let first = rows.map(\.expression.count).max() ?? 0
        let second = rows.map(\.value.count).max() ?? 0
        return rows.map { row in
            row.expression.padding(toLength: first + 3, withPad: " ", startingAt: 0)
                + row.value.padding(toLength: second + 3, withPad: " ", startingAt: 0) + row.grad
        }.joined(separator: "\n") + "\n"
    }

    /// How an operation reads: `p1 * p2`, `tanh(t1)`, `sum(t2, axis: 1)`, `t3[0]`.
    private static func formula(_ origin: Origin, _ inputs: [String]) -> String {
        switch origin.operation {
        case "+", "-", "*", "/", "^": return inputs.joined(separator: " \(origin.operation) ")
        case "matmul": return inputs.joined(separator: " @ ")
        case "neg": return "-" + inputs[0]
        case "transpose": return inputs[0] + ".T"
        case "row", "rows": return "\(inputs[0])[\(origin.detail ?? "")]"
        default: return "\(origin.operation)(\((inputs + (origin.detail.map { [$0] } ?? [])).joined(separator: ", ")))"
        }
    }

    /// Small tensors by value, bigger ones by shape.
    private static func brief(_ tensor: Tensor) -> String {
        if tensor.rank == 0 { return TensorFormatter.numberTexts(tensor.values)[0] }
        if tensor.count <= 4 { return "[" + TensorFormatter.numberTexts(tensor.values).joined(separator: ", ") + "]" }
        return "shape \(Shape.describe(tensor.shape))"
    }
}
