import KnobsPluginAPI

/// `schedule`, `lr_at` and `plot_schedule`: learning rates that change with the step.
struct ScheduleFunctions {
    let terminal: Terminal
    let defaultWidth: Int

    static let kinds = ["constant", "step", "exponential", "cosine", "warmup_cosine"]

    static let scheduleSignature = Signature("schedule", "kind", options: [
        "lr": .number(0.1), "step_size": .nil, "gamma": .nil, "steps": .nil, "warmup": .nil, "min_lr": .nil,
    ])
    static let lrAtSignature = Signature("lr_at", "schedule", "step")
    static let plotSignature = Signature("plot_schedule", "schedule", options: ["steps": .nil, "title": .nil, "width": .nil, "height": .nil])

    /// The settings each kind needs; the others must be left out.
    private static let needs: [String: [String]] = [
        "constant": [], "step": ["step_size", "gamma"], "exponential": ["gamma"],
        "cosine": ["steps", "min_lr"], "warmup_cosine": ["warmup", "steps", "min_lr"],
    ]
    /// Settings a kind may leave out, with their defaults.
    private static let optional: [String: Double] = ["min_lr": 0]

    var functions: [(name: String, value: Value)] {
        [
            (ScheduleFunctions.scheduleSignature.name, .function(Function(ScheduleFunctions.scheduleSignature, doc: Self.scheduleDoc) { args, _ in
                .object(ScheduleObject(try ScheduleFunctions.make(args)))
            })),
            (ScheduleFunctions.lrAtSignature.name, .function(Function(ScheduleFunctions.lrAtSignature, doc: Self.lrAtDoc) { args, context in
                try ScheduleFunctions.lrAt(args, context)
            })),
            (ScheduleFunctions.plotSignature.name, .function(Function(ScheduleFunctions.plotSignature, doc: Self.plotDoc) { [self] args, context in
                try context.write(try plot(args, context))
                return .nil
            })),
        ]
    }

    static let scheduleDoc = "A learning rate that changes with the step, for an optimizer's lr: — schedule(\"constant\", lr: 0.1), schedule(\"step\", lr: 0.1, step_size: 30, gamma: 0.1), schedule(\"exponential\", lr: 0.1, gamma: 0.95), schedule(\"cosine\", lr: 0.1, steps: 100, min_lr: 0), schedule(\"warmup_cosine\", lr: 0.1, warmup: 10, steps: 100)."
    static let lrAtDoc = "The learning rate a schedule gives at a step (0 is the first), or at each step of a list or range: lr_at(s, 0..<100)."
    static let plotDoc = "Draws a schedule's learning rate against the step: plot_schedule(s, steps: 100)."

    /// `schedule(kind, lr:, ...)`.
    private static func make(_ args: Arguments) throws -> LearningRateSchedule {
        let read = SettingsReader(signature: scheduleSignature, arguments: args)
        let kind = try args.string(0, "schedule")
        guard let needed = needs[kind] else {
            throw RuntimeError("there is no schedule called '\(kind)'", hint: "the kinds are " + kinds.map { "\"\($0)\"" }.joined(separator: ", "), argument: 0)
        }
        for setting in ["step_size", "gamma", "steps", "warmup", "min_lr"] {
            let given = read.index(setting).map { args[$0] != .nil } ?? false
            if given, !needed.contains(setting) {
                let takes = needed.isEmpty ? "only lr:" : needed.map { "\($0):" }.joined(separator: ", ")
                throw RuntimeError("a \(kind) schedule takes no \(setting):", hint: "it takes lr: and \(takes)", argument: read.index(setting))
            }
            if !given, needed.contains(setting), optional[setting] == nil {
                throw RuntimeError("a \(kind) schedule needs \(setting):", hint: example(kind), argument: 0)
            }
        }
        let base = try read.number("lr")
        let minimum = try read.optionalNumber("min_lr") ?? 0
        let kindValue: LearningRateSchedule.Kind = switch kind {
        case "step": .step(size: try read.optionalWhole("step_size") ?? 1, gamma: try read.number("gamma"))
        case "exponential": .exponential(gamma: try read.number("gamma"))
        case "cosine": .cosine(steps: try read.optionalWhole("steps") ?? 1, minimum: minimum)
        case "warmup_cosine": .warmupCosine(warmup: try read.optionalWhole("warmup") ?? 1, steps: try read.optionalWhole("steps") ?? 1, minimum: minimum)
        default: .constant
        }
        return try read.checked { try LearningRateSchedule(kindValue, base: base) }
    }

    private static func example(_ kind: String) -> String {
        switch kind {
        case "step": "schedule(\"step\", lr: 0.1, step_size: 30, gamma: 0.1)"
        case "exponential": "schedule(\"exponential\", lr: 0.1, gamma: 0.95)"
        case "cosine": "schedule(\"cosine\", lr: 0.1, steps: 100)"
        default: "schedule(\"warmup_cosine\", lr: 0.1, warmup: 10, steps: 100)"
        }
    }

    /// The schedule inside an argument, or an error pointing at it.
    static func schedule(_ value: Value, argument: Int, _ function: String) throws -> LearningRateSchedule {
        guard case .object(let object as ScheduleObject) = value else {
            throw RuntimeError("\(function) needs a schedule, got \(value.describedType)", hint: "s = schedule(\"cosine\", lr: 0.1, steps: 100)", argument: argument)
        }
        return object.schedule
    }

    /// `lr_at(schedule, step)`: one step, or a list of them.
    private static func lrAt(_ args: Arguments, _ context: CallContext) throws -> Value {
        let schedule = try schedule(args[0], argument: 0, "lr_at")
        if args[1].numberValue != nil {
            let step = try args.wholeNumber(1, "lr_at")
            guard step >= 0 else { throw RuntimeError("lr_at needs a step ≥ 0 (0 is the first), got \(step)", argument: 1) }
            return .number(schedule.lr(at: step))
        }
        let steps = try context.numbers(of: args[1], argument: 1, "lr_at")
        guard steps.allSatisfy({ $0 >= 0 && $0 == $0.rounded() && $0 < 9e15 }) else {
            throw RuntimeError("lr_at needs whole steps ≥ 0 (0 is the first)", argument: 1)
        }
        return try context.newList(steps.map { .number(schedule.lr(at: Int($0))) })
    }

    /// `plot_schedule(schedule, steps:, title:, width:, height:)`.
    private func plot(_ args: Arguments, _ context: CallContext) throws -> String {
        let schedule = try ScheduleFunctions.schedule(args[0], argument: 0, "plot_schedule")
        let read = SettingsReader(signature: ScheduleFunctions.plotSignature, arguments: args)
        let steps = try read.optionalWhole("steps") ?? ScheduleFunctions.length(of: schedule)
        guard (1...100_000).contains(steps) else {
            throw RuntimeError("plot_schedule's steps: needs a whole number from 1 to 100000, got \(steps)", argument: 1)
        }
        try context.countSteps(steps)
        let title = try PlotOptions.text(args[2], "plot_schedule", "title") ?? "learning rate, \(ScheduleObject(schedule).description)"
        let chart = LineChart(series: [.init((0..<steps).map { schedule.lr(at: $0) })], title: title, xLabel: "step", yLabel: "lr")
        let size = try PlotOptions.size(args[3], args[4], "plot_schedule", defaultWidth: defaultWidth, defaultHeight: 10)
        return chart.render(width: size.width, height: size.height, terminal: terminal)
    }

    /// How many steps show a schedule whole: its own length, or 100.
    static func length(of schedule: LearningRateSchedule) -> Int {
        switch schedule.kind {
        case .cosine(let steps, _), .warmupCosine(_, let steps, _): steps + max(1, steps / 10)
        case .step(let size, _): size * 4
        default: 100
        }
    }
}
