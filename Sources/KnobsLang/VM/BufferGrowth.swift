/// The capacity after doubling `capacity` until it holds `needed`.
func grownCapacity(_ capacity: Int, toHold needed: Int) -> Int {
    var result = max(1, capacity)
    while result < needed { result *= 2 }
    return result
}

extension UnsafeMutablePointer {
    /// A larger buffer holding the first `count` elements moved from this one (which is freed), the rest filled.
    func grown(from count: Int, to capacity: Int, filling fill: Pointee) -> UnsafeMutablePointer<Pointee> {
        let grown = UnsafeMutablePointer<Pointee>.allocate(capacity: capacity)
        grown.moveInitialize(from: self, count: count)
        (grown + count).initialize(repeating: fill, count: capacity - count)
        deallocate()
        return grown
    }
}
