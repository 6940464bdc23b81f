import KnobsLang
import KnobsTerminal

/// Everything the optimizers plugin adds to the language, as named values.
///
/// The plugin's `register(into:)` hands these to its host; a test or a host
/// without plugins defines them in an interpreter directly:
///
/// ```swift
/// for (name, value) in OptimizersLibrary.functions(terminal: .current()) {
///     interpreter.define(name, value)
/// }
/// ```
///
/// `sgd` here takes the place of the core library's `sgd(lr:)`: with the
/// same default learning rate (0.1), it adds momentum, dampening, Nesterov
/// momentum, weight decay and maximize.
public enum OptimizersLibrary {
    /// The names it adds, in the order ``functions(terminal:)`` gives them.
    public static let names = [
        "sgd", "adagrad", "rmsprop", "adam", "adamw", "lion",
        "schedule", "lr_at", "plot_schedule",
        "surface", "race", "compare_optimizers",
    ]

    /// The widest a drawing is by default (as `plot`'s).
    public static let maximumWidth = 72

    /// Every function, each with its signature and documentation.
    ///
    /// - Parameter terminal: the width drawings take by default, whether they are coloured, and whether they use Unicode.
    public static func functions(terminal: Terminal) -> [(name: String, value: Value)] {
        let width = min(terminal.width, maximumWidth)
        return OptimizerConstructors.functions
            + ScheduleFunctions(terminal: terminal, defaultWidth: width).functions
            + RaceFunctions(terminal: terminal, defaultWidth: width).functions
            + [CompareFunction(terminal: terminal, defaultWidth: width).function]
    }

    /// Defines every function in an interpreter (between runs).
    public static func install(into interpreter: Interpreter, terminal: Terminal) {
        for (name, value) in functions(terminal: terminal) {
            interpreter.define(name, value)
        }
    }
}
