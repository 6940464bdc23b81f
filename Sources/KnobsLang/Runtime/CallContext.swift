import KnobsEngine

/// The Swift code behind a native function.
public typealias NativeBody = (inout Arguments, CallContext) throws -> Value

/// What a native function may ask of the running program.
///
/// Everything a native function can do to the world goes through here, so the
/// language stays deterministic and free of I/O.
public protocol CallContext: AnyObject {
    /// Calls a knobs function (a learner's closure or another native).
    func call(_ function: Value, _ arguments: [Value]) throws -> Value
    /// Calls a function of one argument, without allocating.
    func call(_ function: Value, with argument: Value) throws -> Value
    /// Calls a function of one argument on every item in turn, handing each item
    /// and its result to `receive` (`map`, `filter`): the function is checked
    /// once, so each call costs less than one through ``call(_:with:)``.
    func call(_ function: Value, onEach items: [Value], _ receive: (_ item: Value, _ result: Value) throws -> Void) throws
    /// Writes program output (counted against the output limit).
    func write(_ text: String) throws
    /// The run's seeded random generator.
    var random: RandomGenerator { get set }
    /// Fails with a limit error if a value of this weight is too large.
    func checkWeight(_ weight: Int) throws
    /// The text of a value as `print` writes it, within the memory limit.
    func text(_ value: Value) throws -> String
    /// The text of a value with strings in quotes, within the memory limit.
    func repr(_ value: Value) throws -> String
    /// Fails with a limit error if the value is too large or nested too deeply.
    func checkSize(_ value: Value) throws
    /// Counts the work of building `cells` new cells against the limits (and checks their size).
    func chargeNew(_ cells: Int) throws
    /// Counts work done inside a native function against the step limit.
    func countSteps(_ steps: Int) throws
    /// The data sets a host added to `dataset("…")` (``Interpreter/addDataset(_:)``), by name.
    var datasetRecipes: [String: DatasetRecipe] { get }
}
