/// "Did you mean …?": the closest known name to a misspelt one.
enum Suggestions {
    /// The candidate nearest to `name` by edit distance, if it is close enough to be a typo.
    ///
    /// One edit is allowed per three letters (at most three); a one-letter
    /// name only matches another case of itself, since every one-letter name
    /// is one edit from every other. Ties go to the alphabetically first.
    static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        let target = Array(name.lowercased())
        let allowed = target.count <= 1 ? 0 : max(1, min(3, target.count / 3))
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let c = Array(candidate.lowercased())
            if abs(c.count - target.count) > allowed { continue }
            let d = distance(target, c)
            guard d <= allowed else { continue }
            if let current = best, d > current.distance || (d == current.distance && candidate >= current.name) { continue }
            best = (candidate, d)
        }
        return best?.name
    }

    /// The closest name, looking first among `preferred` (a program's own
    /// names), then among `others` (the library).
    static func closest(to name: String, preferring preferred: some Sequence<String>, then others: some Sequence<String>) -> String? {
        closest(to: name, among: preferred) ?? closest(to: name, among: others)
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
