import KnobsEngine
import KnobsLang

/// A model (or a knobs function) asked for the class of many points of the plane at once.
///
/// The points go in as one tensor `[n, 2]`, through the program's own call
/// (so the step and memory limits hold), without recording gradients, as
/// `predict` does. One output per point means two classes, a positive output
/// class 1 (as `accuracy` decides); several outputs mean the largest wins.
struct BoundaryModel {
    let model: Value
    let context: CallContext

    init(_ model: Value, context: CallContext) throws {
        switch model {
        case .function:
            break
        case .object:
            guard let module = model.module else {
                throw RuntimeError("boundary needs a model, got \(model.describedType)", hint: "boundary(net, data) with net = mlp([2, 8, 1])", argument: 0)
            }
            let inputs = (module as? MLP)?.sizes.first ?? (module as? Linear)?.inputs
            if let inputs, inputs != 2 {
                throw RuntimeError("boundary needs a model of 2 inputs, one for each coordinate of the plane, but this one takes \(inputs)", argument: 0)
            }
        default:
            throw RuntimeError("boundary needs a model or a function, got \(model.describedType)", hint: "boundary(net, data) with net = mlp([2, 8, 1])", argument: 0)
        }
        self.model = model
        self.context = context
    }

    /// The class the model gives each point.
    func classes(_ points: [(x: Double, y: Double)]) throws -> [Int] {
        try context.chargeNew(points.count * 2)
        let grid = Tensor(points.flatMap { [$0.x, $0.y] }, shape: [points.count, 2])
        let output = try EngineSettings.withoutGradients { try context.call(model, [.object(grid)]) }
        guard let tensor = output.tensor, tensor.count > 0, tensor.count % points.count == 0, tensor.rank <= 2 else {
            let got = output.tensor.map { "a tensor of shape \(Shape.describe($0.shape))" } ?? output.describedType
            throw RuntimeError("boundary needs the model to give one row of outputs per point (\(points.count) points), got \(got)")
        }
        let width = tensor.count / points.count
        let values = tensor.values
        return (0..<points.count).map { row in
            if width == 1 { return values[row] > 0 ? 1 : 0 }
            let outputs = values[(row * width)..<((row + 1) * width)]
            return outputs.indices.max { outputs[$0] < outputs[$1] }.map { $0 - row * width } ?? 0
        }
    }
}
