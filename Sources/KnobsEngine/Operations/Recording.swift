/// The one place where an operation decides whether to record its origin.
extension Tensor {
    /// The result of an operation: with an origin when an input tracks a gradient
    /// and gradients are being recorded, otherwise a plain tensor.
    static func result(
        _ values: [Double], shape: [Int], _ operation: String, detail: String? = nil, _ inputs: [Tensor],
        rule: @escaping Origin.Rule
    ) -> Tensor {
        guard inputs.contains(where: \.tracksGradient), EngineSettings.current.recordsGradients else {
            return Tensor(values, shape: shape, origin: nil)
        }
        return Tensor(values, shape: shape, origin: Origin(operation, detail: detail, inputs, rule: rule))
    }

    /// Fails when a tensor of `shape` would be larger than the thread's limit; returns its element count.
    @discardableResult
    public static func checkSize(_ shape: [Int]) throws -> Int {
        guard let count = Shape.checkedCount(shape) else {
            throw TensorError.invalid("the shape \(Shape.describe(shape)) is not a valid size")
        }
        let limit = EngineSettings.current.maxElements
        if count > limit { throw TensorError.tooLarge(elements: count, limit: limit) }
        return count
    }
}
