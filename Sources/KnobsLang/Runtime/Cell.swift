/// A variable captured by a closure: shared between the defining frame and the closures.
final class Cell: @unchecked Sendable {
    @exclusivity(unchecked) var value: Value

    init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` on the value moved out of the cell (nil meanwhile), so a list changes without being copied.
    func modify<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        var moved = Value.nil
        swap(&moved, &value)
        defer { value = moved }
        return try body(&moved)
    }
}
