import KnobsPluginAPI

/// Reads the keyword arguments of an optimizer or schedule constructor, with
/// messages that point at the argument at fault.
struct SettingsReader {
    let signature: Signature
    let arguments: Arguments

    var function: String { signature.name }

    /// The position of a setting in the signature (where the caret points).
    func index(_ setting: String) -> Int? {
        signature.parameters.firstIndex { $0.name == setting }
    }

    private func value(_ setting: String) -> Value {
        index(setting).map { arguments[$0] } ?? .nil
    }

    func number(_ setting: String) throws -> Double {
        guard let index = index(setting) else { return .nan }
        return try arguments.number(index, "\(function)'s \(setting):")
    }

    func bool(_ setting: String) throws -> Bool {
        guard let index = index(setting) else { return false }
        guard case .bool(let flag) = arguments[index] else {
            throw RuntimeError("\(function)'s \(setting): needs true or false, got \(arguments[index].describedType)", hint: "\(setting): true", argument: index)
        }
        return flag
    }

    /// A whole number, or nil when the argument was left at nil.
    func optionalWhole(_ setting: String) throws -> Int? {
        guard let index = index(setting), arguments[index] != .nil else { return nil }
        return try arguments.wholeNumber(index, "\(function)'s \(setting):")
    }

    /// A number, or nil when the argument was left at nil.
    func optionalNumber(_ setting: String) throws -> Double? {
        guard let index = index(setting), arguments[index] != .nil else { return nil }
        return try arguments.number(index, "\(function)'s \(setting):")
    }

    /// `betas: [0.9, 0.999]`: a list (or tensor) of two numbers.
    func betas() throws -> (Double, Double) {
        let given = value("betas")
        let numbers: [Double]? = switch given {
        case .list(let list): list.items.compactMap(\.numberValue).count == list.count ? list.items.compactMap(\.numberValue) : nil
        default: given.tensor.map(\.values)
        }
        guard let numbers, numbers.count == 2 else {
            throw RuntimeError("\(function)'s betas: needs a list of two numbers, got \(given.summary)", hint: "betas: [0.9, 0.999]", argument: index("betas"))
        }
        return (numbers[0], numbers[1])
    }

    /// `lr:` as a number, or the schedule it follows.
    func learningRate() throws -> (rate: Double, schedule: LearningRateSchedule?) {
        if case .object(let object as ScheduleObject) = value("lr") {
            return (object.schedule.lr(at: 0), object.schedule)
        }
        guard let index = index("lr"), arguments[index].numberValue != nil else {
            throw RuntimeError("\(function)'s lr: needs a number or a schedule, got \(value("lr").describedType)", hint: "lr: 0.01, or lr: schedule(\"cosine\", lr: 0.01, steps: 100)", argument: index("lr"))
        }
        return (try number("lr"), nil)
    }

    /// Runs `make`, turning a setting it refuses into a runtime error at that argument.
    func checked<T>(_ make: () throws -> T) throws -> T {
        do {
            return try make()
        } catch let error as OptimizerSettingError {
            throw RuntimeError(error.message, hint: error.hint, argument: index(error.setting))
        }
    }
}
