/// Why a tensor operation cannot be done.
public enum TensorError: Error, Equatable, Sendable {
    /// The inputs do not fit the operation (shapes, ranks, indices, arguments).
    case invalid(String, hint: String? = nil)
    /// The result would hold more elements than the current limit allows.
    case tooLarge(elements: Int, limit: Int)

    /// Shapes that do not broadcast, named both.
    static func mismatch(_ operation: String, _ a: [Int], _ b: [Int]) -> TensorError {
        .invalid(
            "cannot \(operation) tensors of shapes \(Shape.describe(a)) and \(Shape.describe(b))",
            hint: "shapes broadcast when, from the right, each pair of sizes is equal or one of them is 1"
        )
    }
}
