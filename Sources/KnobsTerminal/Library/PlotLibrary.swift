import KnobsLang

/// `plot`, `scatter` and `boundary` for knobs programs.
///
/// The language cannot depend on the terminal, so these functions are given
/// to an interpreter from outside, as top-level names:
///
/// ```swift
/// let interpreter = Interpreter { print($0, terminator: "") }
/// PlotLibrary.install(into: interpreter, terminal: .current())
/// ```
///
/// Each draws its plot as text through the program's output (counted
/// against the output limit like `print`) and gives back `nil`. Plots are
/// as wide as the terminal, but at most ``maximumWidth`` columns, unless a
/// program asks otherwise with `width:`.
public enum PlotLibrary {
    /// The names the library adds.
    public static let names: Set<String> = ["plot", "scatter", "boundary"]
    /// The widest a plot is by default.
    public static let maximumWidth = 72
    /// The rows of a line chart's drawing area by default.
    public static let lineHeight = 12
    /// The rows of a scatter plot's or decision boundary's drawing area by default.
    public static let planeHeight = 16

    /// Defines `plot`, `scatter` and `boundary` in an interpreter (between runs).
    ///
    /// - Parameters:
    ///   - interpreter: where to define them.
    ///   - terminal: the width plots take by default, whether they are coloured, and whether they use Unicode.
    public static func install(into interpreter: Interpreter, terminal: Terminal) {
        for (name, value) in functions(terminal: terminal) {
            interpreter.define(name, value)
        }
    }

    /// The three functions as values, for a host that registers them its own way.
    public static func functions(terminal: Terminal) -> [(name: String, value: Value)] {
        let width = min(terminal.width, maximumWidth)
        return [
            ("plot", .function(Function(plotSignature, doc: plotDoc) { args, context in
                try context.write(try PlotFunctions(context: context, terminal: terminal, defaultWidth: width).plot(args))
                return .nil
            })),
            ("scatter", .function(Function(scatterSignature, doc: scatterDoc) { args, context in
                try context.write(try PlotFunctions(context: context, terminal: terminal, defaultWidth: width).scatter(args))
                return .nil
            })),
            ("boundary", .function(Function(boundarySignature, doc: boundaryDoc) { args, context in
                try context.write(try PlotFunctions(context: context, terminal: terminal, defaultWidth: width).boundary(args))
                return .nil
            })),
        ]
    }

    static let plotSignature = Signature(
        "plot", "x", "y", defaults: ["y": .nil],
        options: ["title": .nil, "labels": .nil, "xlabel": .nil, "ylabel": .nil, "width": .nil, "height": .nil])
    static let plotDoc = "Draws a line chart: plot(ys) against 0, 1, 2, …, plot(xs, ys) against xs; ys may be a list of lines, a record of them, or a history."

    static let scatterSignature = Signature(
        "scatter", "x", "y", defaults: ["y": .nil],
        options: ["classes": .nil, "title": .nil, "xlabel": .nil, "ylabel": .nil, "width": .nil, "height": .nil])
    static let scatterDoc = "Draws points: scatter(data) for a data set (coloured by class), scatter(xs, ys) for numbers."

    static let boundarySignature = Signature(
        "boundary", "model", "data", options: ["title": .nil, "width": .nil, "height": .nil])
    static let boundaryDoc = "Shades the plane by the class a model of 2 inputs predicts, under the points of a data set."
}
