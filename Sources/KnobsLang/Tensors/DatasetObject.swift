import KnobsEngine

/// A data set in the language: `data.x`, `data.y`, and one record per sample in a loop.
final class DatasetObject: KnobsObject, @unchecked Sendable {
    let dataset: Dataset

    init(_ dataset: Dataset) {
        self.dataset = dataset
    }

    var typeName: String { "dataset" }
    var weight: Int { dataset.x.count + dataset.y.count }
    var memberNames: [String] { ["x", "y", "n", "name", "task"] }

    var description: String {
        let made = Dataset.catalogue.contains { $0.name == dataset.name } ? "\"\(dataset.name)\", " : ""
        return "dataset(\(made)n: \(dataset.count)): x \(Shape.describe(dataset.x.shape)), y \(Shape.describe(dataset.y.shape)), \(taskName)"
    }

    private var taskName: String {
        switch dataset.task {
        case .regression: return "regression"
        case .binary: return "two classes"
        case .classes(let n): return "\(n) classes"
        }
    }

    func property(_ name: String) throws -> Value? {
        switch name {
        case "x": return .object(dataset.x)
        case "y": return .object(dataset.y)
        case "n": return .number(Double(dataset.count))
        case "name": return .string(dataset.name)
        case "task": return .string(taskName)
        default: return nil
        }
    }

    /// `data.x[0] = row` changes the inputs in place and stores them back: allowed;
    /// putting another tensor in their place is not.
    func setProperty(_ name: String, to value: Value) throws -> Bool {
        guard name == "x" || name == "y" else { return false }
        guard let current = try property(name), value.isSameObjects(as: current) else {
            throw RuntimeError("a data set's \(name) cannot be replaced", hint: "change its numbers in place, or make a new data set")
        }
        return true
    }

    func elements() throws -> [Value]? {
        try (0..<dataset.count).map { i in
            .record(RecordValue(keys: ["x", "y"], values: [.object(try dataset.x.rows([i], keepAxis: false)), .number(dataset.y.values[i])]))
        }
    }
}
