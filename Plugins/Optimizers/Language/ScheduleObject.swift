import KnobsPluginAPI

/// A learning-rate schedule in the language: `s = schedule("cosine", lr: 0.1, steps: 100)`,
/// given to an optimizer as its `lr:`, read with `lr_at(s, step)`.
final class ScheduleObject: KnobsObject, @unchecked Sendable {
    let schedule: LearningRateSchedule

    init(_ schedule: LearningRateSchedule) {
        self.schedule = schedule
    }

    var typeName: String { "schedule" }
    var memberNames: [String] { ["kind", "lr"] + settings.map(\.name) }

    /// The settings of its kind, as `schedule(...)` takes them.
    var settings: [(name: String, value: Double)] {
        switch schedule.kind {
        case .constant: []
        case .step(let size, let gamma): [("step_size", Double(size)), ("gamma", gamma)]
        case .exponential(let gamma): [("gamma", gamma)]
        case .cosine(let steps, let minimum): [("steps", Double(steps)), ("min_lr", minimum)]
        case .warmupCosine(let warmup, let steps, let minimum): [("warmup", Double(warmup)), ("steps", Double(steps)), ("min_lr", minimum)]
        }
    }

    var description: String {
        let parts = ["lr: \(NumberFormatting.shortest(schedule.base))"] + settings.map { "\($0.name): \(NumberFormatting.shortest($0.value))" }
        return "schedule(\"\(schedule.kindName)\", \(parts.joined(separator: ", ")))"
    }

    func property(_ name: String) throws -> Value? {
        switch name {
        case "kind": return .string(schedule.kindName)
        case "lr": return .number(schedule.base)
        default: return settings.first { $0.name == name }.map { .number($0.value) }
        }
    }

    func isEqual(to other: Value) -> Bool {
        if case .object(let object as ScheduleObject) = other { return object.schedule == schedule }
        return false
    }
}
