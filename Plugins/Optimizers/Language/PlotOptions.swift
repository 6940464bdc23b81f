import KnobsPluginAPI

/// The options the plugin's drawing functions share: `title:`, `width:`, `height:`.
enum PlotOptions {
    /// The widest and tallest a program may ask for (as `plot` allows).
    static let widths = 20...400
    static let heights = 2...200

    /// A text option, nil when not given.
    static func text(_ value: Value, _ function: String, _ name: String) throws -> String? {
        switch value {
        case .nil: return nil
        case .string(let text): return text
        default: throw RuntimeError("\(function)'s \(name): needs a string, got \(value.describedType)", hint: "\(name): \"my plot\"")
        }
    }

    /// `width:` and `height:`, each within bounds, or the defaults.
    static func size(_ width: Value, _ height: Value, _ function: String, defaultWidth: Int, defaultHeight: Int) throws -> (width: Int, height: Int) {
        (try whole(width, function, "width", defaultWidth, widths), try whole(height, function, "height", defaultHeight, heights))
    }

    private static func whole(_ value: Value, _ function: String, _ name: String, _ fallback: Int, _ range: ClosedRange<Int>) throws -> Int {
        if case .nil = value { return fallback }
        guard let number = value.numberValue, number == number.rounded(), number >= Double(range.lowerBound), number <= Double(range.upperBound) else {
            throw RuntimeError("\(function)'s \(name): needs a whole number from \(range.lowerBound) to \(range.upperBound), got \(value.summary)")
        }
        return Int(number)
    }

    /// A Markdown table cell: pipes escaped.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
