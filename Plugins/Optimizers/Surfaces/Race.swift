import KnobsPluginAPI

/// Optimizers racing from the same point on a ``TestSurface``: where each got,
/// the path it took, and when it first came within a tolerance of a minimum.
public struct Race {
    /// One optimizer's run.
    public struct Entry {
        /// How tables and legends name it: `sgd(lr: 0.01, momentum: 0.9)`.
        public var label: String
        /// Every point visited, the start first; ends early where the run diverged.
        public var path: [TestSurface.Point]
        /// The first step after which the point was within the tolerance of a minimum, if it ever was.
        public var reachedAt: Int?
        /// The minimum it came to, if it came to one.
        public var minimum: TestSurface.Point?
        /// Whether the point ran off to infinity (or to nan) and the run stopped.
        public var diverged: Bool

        /// Where it ended.
        public var end: TestSurface.Point { path[path.count - 1] }
    }

    public let surface: TestSurface
    public let steps: Int
    /// How near a minimum counts as there.
    public let tolerance: Double
    public private(set) var entries: [Entry] = []

    /// Points farther out than this count as diverged.
    static let escape = 1e6

    public init(surface: TestSurface, steps: Int, tolerance: Double = 1e-2) {
        self.surface = surface
        self.steps = steps
        self.tolerance = tolerance
    }

    /// Runs `optimizer` from the surface's start for ``steps`` steps (fewer if it
    /// diverges), on a parameter of its own, and adds its entry.
    ///
    /// - Parameters:
    ///   - label: the entry's name; the optimizer's ``Optimizer/label`` when nil.
    ///   - afterStep: called after each step (the language counts its work there); may throw to stop.
    /// - Throws: what the optimizer or `afterStep` throws.
    public mutating func run(_ optimizer: any Optimizer, label: String? = nil, afterStep: () throws -> Void = {}) throws {
        let start = surface.start
        let point = Tensor.parameter([start.x, start.y], shape: [2])
        var entry = Entry(label: label ?? optimizer.label, path: [start], reachedAt: nil, minimum: nil, diverged: false)
        entry.minimum = nearMinimum(start)
        if entry.minimum != nil { entry.reachedAt = 0 }
        for step in stride(from: 1, through: steps, by: 1) {
            let (x, y) = (point.values[0], point.values[1])
            let gradient = surface.gradient(x, y)
            point.grad = [gradient.x, gradient.y]
            try optimizer.step([point])
            try afterStep()
            let next = TestSurface.Point(point.values[0], point.values[1])
            guard next.x.isFinite, next.y.isFinite, abs(next.x) < Race.escape, abs(next.y) < Race.escape else {
                entry.diverged = true
                break
            }
            entry.path.append(next)
            if entry.reachedAt == nil, let minimum = nearMinimum(next) {
                entry.reachedAt = step
                entry.minimum = minimum
            }
        }
        entries.append(entry)
    }

    /// The minimum within the tolerance of `point`, if any.
    private func nearMinimum(_ point: TestSurface.Point) -> TestSurface.Point? {
        surface.minima.first { $0.distance(to: point) <= tolerance }
    }
}
