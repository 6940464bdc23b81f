import KnobsEngine

/// A named data set that a host adds to `dataset("…")`: a plugin's own, beside the built-in ones.
public struct DatasetRecipe: Sendable {
    /// The name `dataset(name)` takes.
    public var name: String
    /// One line on what the data look like.
    public var doc: String
    /// The number of samples and the noise when the program gives none.
    public var count: Int
    public var noise: Double
    /// Draws the data set from the run's seeded generator: `make(count, noise, &random)`.
    public var make: @Sendable (Int, Double, inout RandomGenerator) throws -> Dataset

    public init(name: String, doc: String, count: Int, noise: Double, make: @escaping @Sendable (Int, Double, inout RandomGenerator) throws -> Dataset) {
        self.name = name
        self.doc = doc
        self.count = count
        self.noise = noise
        self.make = make
    }
}

extension Interpreter {
    /// Adds a data set to `dataset("…")` in this interpreter. Call it between runs, never during one.
    public func addDataset(_ recipe: DatasetRecipe) {
        vm.datasetRecipes[recipe.name] = recipe
    }
}
