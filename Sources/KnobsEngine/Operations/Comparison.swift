/// Element-wise comparisons: 1 where the comparison holds, 0 elsewhere. They have no gradient.
extension Tensor {
    /// The comparisons, by the symbol the language writes.
    public enum Comparison: String, Sendable {
        case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", equal = "==", notEqual = "!="

        func holds(_ x: Double, _ y: Double) -> Bool {
            switch self {
            case .less: x < y
            case .lessOrEqual: x <= y
            case .greater: x > y
            case .greaterOrEqual: x >= y
            case .equal: x == y
            case .notEqual: x != y
            }
        }
    }

    /// `a op b` element-wise, broadcast; 1 or 0 in each place.
    public static func compare(_ a: Tensor, _ op: Comparison, _ b: Tensor) throws -> Tensor {
        guard let shape = Shape.broadcast(a.shape, b.shape) else {
            throw TensorError.mismatch("compare", a.shape, b.shape)
        }
        try checkSize(shape)
        let values = BroadcastWalk.map(a.values, a.shape, b.values, b.shape, to: shape) { op.holds($0, $1) ? 1 : 0 }
        return Tensor(values, shape: shape)
    }
}
