/// An n-dimensional array of doubles that can take part in automatic differentiation.
///
/// The values are contiguous and row-major; `shape` gives the extent of each
/// dimension (`[]` for a scalar, a 0-d tensor). A tensor made by ``param(_:)``
/// is a *parameter*: operations on it record how their result was made (its
/// ``origin``), and ``backward()`` walks those records back to fill ``grad``.
///
/// Tensors are reference types: a parameter keeps its identity while an
/// optimizer changes its values in place.
public final class Tensor: @unchecked Sendable {
    /// The values, row-major. Change them with ``update(_:)`` or ``assign(_:)``.
    public internal(set) var values: [Double]
    /// Counts changes of the values in place, so `backward()` can tell when an
    /// input changed after it was used.
    public internal(set) var version = 0
    /// The walk that last visited this tensor (see `topologicalOrder()`).
    var visitMark: UInt64 = 0
    /// The extent of each dimension; empty for a scalar.
    public let shape: [Int]
    /// The gradient of the last ``backward()`` (accumulated for parameters), shaped like `values`.
    public var grad: [Double]?
    /// Whether this tensor is a parameter: a leaf whose gradient is kept and accumulated.
    public let isParameter: Bool
    /// How this tensor was computed, when it depends on a parameter and gradients were recorded.
    public private(set) var origin: Origin?

    /// A tensor with the given values and shape; `values.count` must equal the product of `shape`.
    public init(_ values: [Double], shape: [Int], isParameter: Bool = false) {
        precondition(values.count == Shape.count(shape), "values do not fill the shape")
        self.values = values
        self.shape = shape
        self.isParameter = isParameter
    }

    /// A tensor computed by an operation; records `origin` when gradients are being recorded.
    init(_ values: [Double], shape: [Int], origin: Origin?) {
        self.values = values
        self.shape = shape
        self.isParameter = false
        self.origin = origin
    }

    /// A scalar (0-d) tensor.
    public convenience init(scalar: Double) {
        self.init([scalar], shape: [])
    }

    deinit {
        // A long chain of results (a loop of ten thousand scalar steps) would
        // otherwise be freed by one nested release per link and overflow the stack.
        guard var pending = origin.map({ [$0] }) else { return }
        origin = nil
        while var next = pending.popLast() {
            // An origin held elsewhere keeps its inputs; nothing behind it is freed now.
            guard isKnownUniquelyReferenced(&next) else { continue }
            // Take the inputs one at a time, so an input listed twice (`s + s`) is
            // unique by the time its second entry is reached.
            var inputs = next.inputs
            next.inputs = []
            while var input = inputs.popLast() {
                if input.origin != nil, isKnownUniquelyReferenced(&input), let inner = input.origin {
                    input.origin = nil
                    pending.append(inner)
                }
            }
        }
    }

    /// The number of values.
    public var count: Int { values.count }
    /// The number of dimensions.
    public var rank: Int { shape.count }
    /// Whether gradients flow into this tensor: a parameter, or computed from one.
    public var tracksGradient: Bool { isParameter || origin != nil }

    /// The only value of a one-element tensor.
    public var scalar: Double? { values.count == 1 ? values[0] : nil }

    /// A copy that shares no history: the same values, no origin, not a parameter.
    public func detached() -> Tensor {
        Tensor(values, shape: shape)
    }

    /// Replaces every value (`p.data = …`); the count must stay the same.
    public func assign(_ newValues: [Double]) throws {
        guard newValues.count == count else {
            throw TensorError.invalid("cannot put \(newValues.count) values into a tensor of shape \(Shape.describe(shape))")
        }
        update { $0 = newValues }
    }

    /// Puts back values and the change count saved earlier (a rolled-back attempt):
    /// results computed before the save may be differentiated again.
    public func restore(_ savedValues: [Double], version savedVersion: Int) {
        precondition(savedValues.count == count, "restored values must fill the shape")
        values = savedValues
        version = savedVersion
    }

    /// Forgets the recorded history, so the graph behind this tensor can be freed.
    public func dropOrigin() {
        origin = nil
    }
}
