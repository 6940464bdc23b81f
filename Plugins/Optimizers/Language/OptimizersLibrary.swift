import KnobsPluginAPI

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
/// `sgd` here takes the place of the core library's `sgd(params, lr:)`: with
/// the same default learning rate (PyTorch's, 0.001), it adds momentum,
/// dampening, Nesterov momentum, weight decay and maximize.
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

    /// The object types the functions return, for a host's help: name, one line, and each member with one line.
    public static let objectTypes: [(name: String, summary: String, members: [(name: String, doc: String)])] = [
        ("schedule", "A learning rate that changes with the step: give it to an optimizer as lr:, read it with lr_at(s, step).", [
            ("kind", "\"constant\", \"step\", \"exponential\", \"cosine\" or \"warmup_cosine\""),
            ("lr", "the rate at step 0 (after the warm-up, for \"warmup_cosine\")"),
            ("step_size, gamma, steps, warmup, min_lr", "the settings of its kind, as schedule(...) took them"),
        ]),
        ("surface", "A function of two numbers to race optimizers on: s(x, y) is its value.", [
            ("grad", "s.grad(x, y): the gradient [∂f/∂x, ∂f/∂y]"),
            ("start", "[x, y] where a race starts"),
            ("minima", "the minima, a list of [x, y]"),
            ("window", "{x: [low, high], y: [low, high]}: the part of the plane race draws"),
            ("name, formula", "its name and its formula as text"),
        ]),
    ]

    /// Defines every function in an interpreter (between runs).
    public static func install(into interpreter: Interpreter, terminal: Terminal) {
        for (name, value) in functions(terminal: terminal) {
            interpreter.define(name, value)
        }
    }
}
