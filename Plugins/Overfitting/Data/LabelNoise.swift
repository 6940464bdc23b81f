import KnobsPluginAPI

/// The same samples with worse labels: what `add_noise` makes, to show that
/// the quality of the data matters as much as the size of the model.
enum LabelNoise {
    /// A copy of `data` with noisier targets: numbers get Gaussian noise of
    /// standard deviation `amount`; class labels are each replaced, with
    /// probability `amount`, by another class drawn evenly.
    ///
    /// - Precondition: `amount` ≥ 0, and ≤ 1 for classes.
    static func apply(_ amount: Double, to data: Dataset, random: inout RandomGenerator) -> Dataset {
        let labels: [Double]
        switch data.task {
        case .regression:
            labels = data.y.values.map { $0 + amount * random.normal() }
        case .binary:
            labels = data.y.values.map { random.uniform() < amount ? 1 - $0 : $0 }
        case .classes(let classes):
            labels = data.y.values.map { label in
                guard random.uniform() < amount else { return label }
                let other = Double(random.below(UInt64(classes - 1)))
                return other >= label ? other + 1 : other
            }
        }
        return Dataset(name: data.name, x: data.x, y: Tensor(labels, shape: [data.count]), task: data.task)
    }
}
