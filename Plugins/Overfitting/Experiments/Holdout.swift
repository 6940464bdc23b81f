import KnobsPluginAPI

/// A training set and a test set: a data set split by a fraction, or two data sets given.
struct Holdout {
    let train: Dataset
    let test: Dataset

    /// Reads `test:`: a fraction of `data` to hold out (shuffled with the run's generator), or a data set of its own.
    init(_ data: Dataset, test value: Value, argument: Int, reader: PointReader) throws {
        if let given = value.dataset {
            guard given.x.shape.last == data.x.shape.last else {
                throw RuntimeError(
                    "\(reader.function)'s test set has \(given.x.shape.last ?? 0) inputs per sample but the data have \(data.x.shape.last ?? 0)",
                    hint: "test: takes a data set like the training one, or a fraction such as 0.3", argument: argument)
            }
            (train, test) = (data, given)
        } else {
            let fraction = try reader.fraction(value, argument: argument, name: "test")
            (train, test) = try data.split(testFraction: fraction, random: &reader.context.random)
        }
        guard train.count > 0, test.count > 0 else {
            throw RuntimeError(
                "\(reader.function) needs samples to train on and samples to test on, but \(train.count == 0 ? "no sample is left to train on" : "the test set is empty")",
                hint: "with \(data.count) sample\(data.count == 1 ? "" : "s"), make more with dataset(\"cubic\", n: 30), or change test:", argument: argument)
        }
    }
}
