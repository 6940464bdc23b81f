/// A variable captured by a closure: shared between the defining frame and the closures.
final class Cell: @unchecked Sendable {
    @exclusivity(unchecked) var value: Value

    init(_ value: Value) {
        self.value = value
    }
}
