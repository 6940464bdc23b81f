import KnobsPluginAPI

/// `surface` and `race`: optimizers racing across a 2-D test surface, shown as a table and as their paths over its level lines.
struct RaceFunctions {
    let terminal: Terminal
    let defaultWidth: Int

    static let surfaceSignature = Signature("surface", "name")
    static let raceSignature = Signature("race", "surface", "optimizers", options: [
        "steps": .number(100), "tolerance": .number(0.01), "labels": .nil, "title": .nil, "width": .nil, "height": .nil,
    ])
    static let names = TestSurface.allCases.map(\.rawValue)

    static let surfaceDoc = "A 2-D test surface to race optimizers on: \"bowl\" (ill-conditioned), \"rosenbrock\", \"beale\", \"himmelblau\" (four minima) or \"saddle\". s(x, y) is its value, s.grad(x, y) its gradient; s.start, s.minima, s.window."
    static let raceDoc = "Runs each optimizer from the surface's start for steps: steps, then prints a table of where each got and when it came within tolerance: of a minimum, and their paths over the surface's level lines. race(surface(\"rosenbrock\"), [sgd(lr: 0.001), adam(lr: 0.05)], steps: 200) gives a list of {name, x, y, value, steps, diverged}."

    var functions: [(name: String, value: Value)] {
        [
            (RaceFunctions.surfaceSignature.name, .function(Function(RaceFunctions.surfaceSignature, doc: RaceFunctions.surfaceDoc) { args, _ in
                .object(SurfaceObject(try RaceFunctions.surface(args[0], argument: 0, "surface")))
            })),
            (RaceFunctions.raceSignature.name, .function(Function(RaceFunctions.raceSignature, doc: RaceFunctions.raceDoc) { [self] args, context in
                try race(args, context)
            })),
        ]
    }

    /// A surface from its object or its name.
    static func surface(_ value: Value, argument: Int, _ function: String) throws -> TestSurface {
        if case .object(let object as SurfaceObject) = value { return object.surface }
        let list = "the surfaces are " + names.map { "\"\($0)\"" }.joined(separator: ", ")
        guard case .string(let name) = value else {
            throw RuntimeError("\(function) needs a surface or its name, got \(value.describedType)", hint: list, argument: argument)
        }
        guard let surface = TestSurface(rawValue: name) else {
            throw RuntimeError("there is no surface called '\(name)'", hint: list, argument: argument)
        }
        return surface
    }

    /// The optimizers of a list argument: at least one.
    static func optimizers(_ value: Value, argument: Int, _ function: String, _ context: CallContext) throws -> [any Optimizer] {
        let items: [Value] = if case .object(let single as OptimizerObject) = value { [.object(single)] } else { try context.items(of: value, argument: argument, function) }
        guard !items.isEmpty else {
            throw RuntimeError("\(function) needs at least one optimizer", hint: "[sgd(lr: 0.01), adam(lr: 0.1)]", argument: argument)
        }
        return try items.map { item in
            guard case .object(let object as OptimizerObject) = item else {
                throw RuntimeError("\(function) needs a list of optimizers, but it holds \(item.describedType)", hint: "[sgd(lr: 0.01), adam(lr: 0.1)]", argument: argument)
            }
            return try object.unbound(function, argument: argument)
        }
    }

    /// The names of the optimizers (`labels:`), their own labels when not given.
    static func labels(_ value: Value, for optimizers: [any Optimizer], argument: Int, _ function: String) throws -> [String] {
        switch value {
        case .nil:
            return optimizers.map(\.label)
        case .list(let list) where list.count == optimizers.count && list.items.allSatisfy({ if case .string = $0 { true } else { false } }):
            return list.items.map(\.text)
        default:
            throw RuntimeError("\(function)'s labels: needs \(optimizers.count) strings, one per optimizer, got \(value.summary)", hint: "labels: [\"plain\", \"momentum\"]", argument: argument)
        }
    }

    /// `race(surface, optimizers, steps:, tolerance:, labels:, title:, width:, height:)`.
    private func race(_ args: Arguments, _ context: CallContext) throws -> Value {
        let surface = try RaceFunctions.surface(args[0], argument: 0, "race")
        let optimizers = try RaceFunctions.optimizers(args[1], argument: 1, "race", context)
        let labels = try RaceFunctions.labels(args[4], for: optimizers, argument: 4, "race")
        let steps = try args.wholeNumber(2, "race's steps:")
        guard (0...100_000).contains(steps) else {
            throw RuntimeError("race's steps: needs a whole number from 0 to 100000, got \(steps)", argument: 2)
        }
        let tolerance = try args.number(3, "race's tolerance:")
        guard tolerance > 0, tolerance.isFinite else {
            throw RuntimeError("race's tolerance: is how near a minimum counts as there, a number above 0, got \(args[3].summary)", argument: 3)
        }
        let title = try PlotOptions.text(args[5], "race", "title") ?? "\(surface.rawValue): f(x, y) = \(surface.formula)"
        let size = try PlotOptions.size(args[6], args[7], "race", defaultWidth: defaultWidth, defaultHeight: 16)
        var race = Race(surface: surface, steps: steps, tolerance: tolerance)
        for (optimizer, label) in zip(optimizers, labels) {
            try race.run(optimizer, label: label) { try context.countSteps(1) }
        }
        try context.countSteps(size.width * size.height * 8)
        try context.write(RaceReport(race: race, title: title).render(width: size.width, height: size.height, terminal: terminal))
        return try context.newList(race.entries.map { entry in
            .record(RecordValue(
                keys: ["name", "x", "y", "value", "steps", "diverged"],
                values: [.string(entry.label), .number(entry.end.x), .number(entry.end.y), .number(surface.value(entry.end.x, entry.end.y)),
                         entry.reachedAt.map { .number(Double($0)) } ?? .nil, .bool(entry.diverged)]))
        })
    }
}
