/// Keeps what a cell prints up to a cap, and counts the bytes past it.
final class BoundedOutput: @unchecked Sendable {
    private let cap: Int
    private(set) var text = ""
    private(set) var cut = 0
    private var kept = 0

    init(cap: Int) {
        self.cap = cap
    }

    func begin() {
        text = ""
        cut = 0
        kept = 0
    }

    func write(_ part: String) {
        let bytes = part.utf8.count
        guard kept < cap else {
            cut += bytes
            return
        }
        if kept + bytes <= cap {
            text += part
            kept += bytes
            return
        }
        // Cut at a character boundary at or before the cap.
        var taken = 0
        var end = part.startIndex
        for index in part.indices {
            let size = part[index].utf8.count
            if kept + taken + size > cap { break }
            taken += size
            end = part.index(after: index)
        }
        text += part[..<end]
        kept += taken
        cut += bytes - taken
    }
}
