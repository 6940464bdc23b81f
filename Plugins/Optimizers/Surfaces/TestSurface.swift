/// A function of two numbers to race optimizers on: its value, its gradient,
/// where a race starts, where its minima are, and the window to draw it in.
///
/// The five are the classic hard cases of optimisation:
///
/// | name | f(x, y) | what it shows |
/// |---|---|---|
/// | bowl | x²/2 + 10y² | an ill-conditioned valley: curvature 20 across, 1 along; plain SGD zig-zags |
/// | rosenbrock | (1 − x)² + 100(y − x²)² | a long curved valley, minimum (1, 1) |
/// | beale | (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)² | flat plateaus and steep walls, minimum (3, 0.5) |
/// | himmelblau | (x² + y − 11)² + (x + y² − 7)² | four minima: where you start decides where you end |
/// | saddle | x² + y⁴/4 − y²/2 | a saddle at (0, 0) between minima (0, ±1); a start near its ridge shows who escapes |
public enum TestSurface: String, CaseIterable, Sendable {
    case bowl, rosenbrock, beale, himmelblau, saddle

    /// A point of the plane.
    public struct Point: Equatable, Sendable {
        public var x: Double
        public var y: Double

        public init(_ x: Double, _ y: Double) {
            self.x = x
            self.y = y
        }

        /// The straight-line distance to another point.
        public func distance(to other: Point) -> Double {
            ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
        }
    }

    /// f(x, y).
    public func value(_ x: Double, _ y: Double) -> Double {
        switch self {
        case .bowl:
            return x * x / 2 + 10 * y * y
        case .rosenbrock:
            return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)
        case .beale:
            let (a, b, c) = bealeTerms(x, y)
            return a * a + b * b + c * c
        case .himmelblau:
            let (a, b) = (x * x + y - 11, x + y * y - 7)
            return a * a + b * b
        case .saddle:
            return x * x + y * y * y * y / 4 - y * y / 2
        }
    }

    /// (∂f/∂x, ∂f/∂y).
    public func gradient(_ x: Double, _ y: Double) -> (x: Double, y: Double) {
        switch self {
        case .bowl:
            return (x, 20 * y)
        case .rosenbrock:
            return (-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x))
        case .beale:
            let (a, b, c) = bealeTerms(x, y)
            return (2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y * y * y - 1),
                    2 * a * x + 2 * b * 2 * x * y + 2 * c * 3 * x * y * y)
        case .himmelblau:
            let (a, b) = (x * x + y - 11, x + y * y - 7)
            return (4 * x * a + 2 * b, 2 * a + 4 * y * b)
        case .saddle:
            return (2 * x, y * y * y - y)
        }
    }

    private func bealeTerms(_ x: Double, _ y: Double) -> (Double, Double, Double) {
        (1.5 - x + x * y, 2.25 - x + x * y * y, 2.625 - x + x * y * y * y)
    }

    /// Where a race starts: a point that makes the surface's difficulty show.
    public var start: Point {
        switch self {
        case .bowl: Point(-4, 1)
        case .rosenbrock: Point(-1.5, 2)
        case .beale: Point(1, 1.5)
        case .himmelblau: Point(0, 0)
        case .saddle: Point(-1.5, 0.01)
        }
    }

    /// The (global or equally low) minima.
    public var minima: [Point] {
        switch self {
        case .bowl: [Point(0, 0)]
        case .rosenbrock: [Point(1, 1)]
        case .beale: [Point(3, 0.5)]
        case .himmelblau: [Point(3, 2), Point(-2.805118086952745, 3.131312518250573), Point(-3.779310253377747, -3.283185991286170), Point(3.584428340330492, -1.848126526964404)]
        case .saddle: [Point(0, 1), Point(0, -1)]
        }
    }

    /// The part of the plane a plot shows: the start, the minima and the way between.
    public var window: (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        switch self {
        case .bowl: (-5...5, -1.5...1.5)
        case .rosenbrock: (-2...2, -1...3)
        case .beale: (-1...4.5, -1...2)
        case .himmelblau: (-5...5, -5...5)
        case .saddle: (-2...2, -1.5...1.5)
        }
    }

    /// The formula, as a table or a title shows it.
    public var formula: String {
        switch self {
        case .bowl: "x²/2 + 10y²"
        case .rosenbrock: "(1 − x)² + 100(y − x²)²"
        case .beale: "(1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²"
        case .himmelblau: "(x² + y − 11)² + (x + y² − 7)²"
        case .saddle: "x² + y⁴/4 − y²/2"
        }
    }
}
