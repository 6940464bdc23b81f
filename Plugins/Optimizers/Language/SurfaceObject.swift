import KnobsPluginAPI

/// A test surface in the language: `s = surface("rosenbrock")`; `s(x, y)` is its
/// value, `s.grad(x, y)` its gradient, `s.start`, `s.minima` and `s.window` the rest.
final class SurfaceObject: KnobsObject, @unchecked Sendable {
    let surface: TestSurface

    init(_ surface: TestSurface) {
        self.surface = surface
    }

    var typeName: String { "surface" }
    var memberNames: [String] { ["name", "formula", "start", "minima", "window", "grad"] }
    var description: String { "surface(\"\(surface.rawValue)\"): f(x, y) = \(surface.formula)" }

    func property(_ name: String) throws -> Value? {
        switch name {
        case "name": return .string(surface.rawValue)
        case "formula": return .string(surface.formula)
        case "start": return SurfaceObject.pair(surface.start.x, surface.start.y)
        case "minima": return .list(ListValue(surface.minima.map { SurfaceObject.pair($0.x, $0.y) }))
        case "window":
            let (x, y) = surface.window
            return .record(RecordValue(keys: ["x", "y"], values: [SurfaceObject.pair(x.lowerBound, x.upperBound), SurfaceObject.pair(y.lowerBound, y.upperBound)]))
        default: return nil
        }
    }

    func callMethod(_ name: String, _ arguments: Arguments, context: CallContext) throws -> Value? {
        guard name == "grad" else { return nil }
        let (x, y) = try point(arguments.values, "grad")
        let gradient = surface.gradient(x, y)
        return SurfaceObject.pair(gradient.x, gradient.y)
    }

    func call(_ arguments: [Value], context: CallContext) throws -> Value? {
        let (x, y) = try point(arguments, "the surface")
        return .number(surface.value(x, y))
    }

    /// `(x, y)` from two numbers or one list of two.
    private func point(_ arguments: [Value], _ function: String) throws -> (Double, Double) {
        let numbers: [Double?] = switch arguments.count {
        case 2: arguments.map(\.numberValue)
        case 1: (try? arguments[0].listNumbers()) ?? [nil]
        default: [nil]
        }
        guard numbers.count == 2, let x = numbers[0], let y = numbers[1] else {
            throw RuntimeError("\(function) takes a point: two numbers x, y (or a list [x, y]), got \(arguments.map(\.summary).joined(separator: ", "))", hint: "s(1, 2) or s.grad(1, 2)")
        }
        return (x, y)
    }

    /// `[x, y]`.
    static func pair(_ x: Double, _ y: Double) -> Value {
        .list(ListValue([.number(x), .number(y)]))
    }
}

private extension Value {
    /// The numbers of a list or of a tensor's values.
    func listNumbers() throws -> [Double?] {
        switch self {
        case .list(let list): return list.items.map(\.numberValue)
        default: return tensor?.values ?? [nil]
        }
    }
}
