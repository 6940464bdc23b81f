import KnobsPluginAPI

/// A setting an optimizer cannot take (a negative learning rate, a beta of 1),
/// naming the setting as the language spells it.
public struct OptimizerSettingError: Error, Equatable {
    /// The setting's name in the language: `lr`, `betas`, `momentum`.
    public let setting: String
    public let message: String
    public let hint: String?

    public init(_ setting: String, _ message: String, hint: String? = nil) {
        self.setting = setting
        self.message = message
        self.hint = hint
    }

    /// Fails unless `value` is finite and at least `low` (and below `high`, when given).
    static func check(_ value: Double, _ setting: String, of optimizer: String, atLeast low: Double = 0, below high: Double? = nil) throws {
        let inRange = value.isFinite && value >= low && (high.map { value < $0 } ?? true)
        guard !inRange else { return }
        let range = high.map { "from \(number(low)) up to (not including) \(number($0))" } ?? "a number ≥ \(number(low))"
        throw OptimizerSettingError(setting, "\(optimizer)'s \(setting) must be \(range), got \(number(value))")
    }

    /// A number as the language prints it: `0.001`, `1e-08`, `0.9`.
    static func number(_ value: Double) -> String {
        NumberFormatting.shortest(value)
    }
}

/// The text of the settings that differ from their defaults, in order.
func describeSettings(_ settings: [(name: String, value: String, isDefault: Bool)]) -> String {
    settings.enumerated().filter { $0.offset == 0 || !$0.element.isDefault }
        .map { "\($0.element.name): \($0.element.value)" }.joined(separator: ", ")
}
