/// Picking rows (entries along the first axis) and single entries of a row.
extension Tensor {
    /// The rows at `indices` along the first axis, in that order (repeats allowed);
    /// `keepAxis` false drops the axis, as `x[3]` does, and needs one index.
    public func rows(_ indices: [Int], keepAxis: Bool = true) throws -> Tensor {
        guard let length = shape.first else {
            throw TensorError.invalid("a scalar tensor has no rows", hint: "use it as a number, or .item()")
        }
        for index in indices where !(0..<length).contains(index) {
            throw TensorError.invalid(
                "row \(index) is out of range for a tensor of shape \(Shape.describe(shape))",
                hint: length == 0 ? "the tensor is empty" : "rows run from 0 to \(length - 1)"
            )
        }
        let width = count / Swift.max(length, 1)
        var resultShape = shape
        if keepAxis { resultShape[0] = indices.count } else { resultShape.removeFirst() }
        try Tensor.checkSize(resultShape)
        var values = [Double]()
        values.reserveCapacity(indices.count * width)
        for index in indices { values.append(contentsOf: self.values[(index * width)..<((index + 1) * width)]) }
        let detail = keepAxis ? indices.count <= 4 ? indices.map(String.init).joined(separator: ", ") : "\(indices.count) rows" : "\(indices.first ?? 0)"
        return Tensor.result(values, shape: resultShape, keepAxis ? "rows" : "row", detail: detail, [self]) { g, inputs, _ in
            var gradient = [Double](repeating: 0, count: inputs[0].count)
            for (position, index) in indices.enumerated() {
                for j in 0..<width { gradient[index * width + j] += g[position * width + j] }
            }
            return [gradient]
        }
    }

    /// For each row `i` of a `[n, c]` tensor, the entry in column `columns[i]`: a `[n]` tensor.
    /// Cross-entropy uses it to pick each sample's log-probability of its true class.
    public func pick(_ columns: [Int]) throws -> Tensor {
        guard rank == 2, shape[0] == columns.count else {
            throw TensorError.invalid(
                "cannot pick \(columns.count) entries from a tensor of shape \(Shape.describe(shape))",
                hint: "pick takes one column per row of a [rows, columns] tensor"
            )
        }
        let width = shape[1]
        for column in columns where !(0..<width).contains(column) {
            throw TensorError.invalid(
                "class \(column) is out of range for \(width) classes",
                hint: "class labels run from 0 to \(width - 1)"
            )
        }
        let values = columns.enumerated().map { row, column in self.values[row * width + column] }
        return Tensor.result(values, shape: [columns.count], "pick", [self]) { g, inputs, _ in
            var gradient = [Double](repeating: 0, count: inputs[0].count)
            for (row, column) in columns.enumerated() { gradient[row * width + column] = g[row] }
            return [gradient]
        }
    }
}
