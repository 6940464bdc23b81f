import Foundation
import Testing
@testable import KnobsEngine

/// The built-in data sets: their shapes, labels and geometry, and their seeding.
@Suite("Data sets")
struct DatasetTests {
    static let names = Dataset.catalogue.map(\.name)

    /// The data set `name` with its defaults, drawn with `seed`.
    func make(_ name: String, count: Int? = nil, noise: Double? = nil, seed: UInt64 = 9) throws -> Dataset {
        var random = RandomGenerator(seed: seed)
        return try Dataset.make(name, count: count, noise: noise, random: &random)
    }

    /// The rows of `x`, as pairs (or single values) with their label.
    func points(_ data: Dataset) -> [(x: [Double], y: Double)] {
        let width = data.x.shape[1]
        return (0..<data.count).map { (Array(data.x.values[($0 * width)..<(($0 + 1) * width)]), data.y.values[$0]) }
    }

    @Test("the catalogue's default sizes, and shapes [n, features] and [n]", arguments: names)
    func shapes(_ name: String) throws {
        let entry = try #require(Dataset.catalogue.first { $0.name == name })
        let features = ["line", "sine"].contains(name) ? 1 : 2
        for count in [nil, 7] as [Int?] {
            let data = try make(name, count: count)
            let n = count ?? entry.count
            #expect(data.name == name)
            #expect(data.x.shape == [n, features])
            #expect(data.y.shape == [n])
            #expect(data.x.values.allSatisfy { $0.isFinite } && data.y.values.allSatisfy { $0.isFinite })
        }
    }

    @Test("tasks and label sets", arguments: names)
    func labels(_ name: String) throws {
        let data = try make(name, count: 120)
        let labels = Set(data.y.values)
        switch name {
        case "line", "sine":
            #expect(data.task == .regression)
        case "spiral":
            #expect(data.task == .classes(3))
            #expect(labels == [0, 1, 2])
            #expect((0..<3).map { c in data.y.values.filter { $0 == Double(c) }.count } == [40, 40, 40])
        default:
            #expect(data.task == .binary)
            #expect(labels == [0, 1])
            #expect(data.y.values.filter { $0 == 1 }.count == 60)
        }
    }

    @Test("without noise, every point lies where the documentation puts it", arguments: names)
    func geometry(_ name: String) throws {
        for (x, y) in points(try make(name, count: 31, noise: 0)) {
            switch name {
            case "line":
                #expect((-1...1).contains(x[0]) && y == 2 * x[0] + 1)
            case "sine":
                #expect((-Double.pi...Double.pi).contains(x[0]) && y == sin(x[0]))
            case "xor":
                #expect([0, 1].contains(x[0]) && [0, 1].contains(x[1]))
                #expect(y == (x[0] == x[1] ? 0 : 1))
            case "moons":
                // Class 0 on the upper unit half circle; class 1 on it mirrored and moved to (1, 0.5).
                let (cx, cy, side) = y == 0 ? (0.0, 0.0, 1.0) : (1.0, 0.5, -1.0)
                #expect(abs(hypot(x[0] - cx, x[1] - cy) - 1) < 1e-12)
                #expect(side * (x[1] - cy) >= -1e-12)
            case "circles":
                #expect(abs(hypot(x[0], x[1]) - (y == 0 ? 1 : 0.5)) < 1e-12)
            default:
                #expect(hypot(x[0], x[1]) <= 1 + 1e-12)
            }
        }
    }

    @Test("the same seed gives the same data; another seed other data", arguments: names.filter { $0 != "xor" })
    func seeding(_ name: String) throws {
        let first = try make(name, seed: 1), again = try make(name, seed: 1), other = try make(name, seed: 2)
        #expect(first.x.values == again.x.values && first.y.values == again.y.values)
        #expect(first.x.values != other.x.values)
    }

    @Test("xor with noise moves the corners and keeps their labels")
    func noisyXor() throws {
        let data = try make("xor", count: 400, noise: 0.1)
        for (x, y) in points(data) {
            let corner = x.map { $0.rounded() }
            #expect(y == (corner[0] == corner[1] ? 0 : 1))
        }
        #expect(data.x.values.contains { $0 != $0.rounded() })
    }

    @Test("an unknown name, no samples or negative noise are refused")
    func refusals() throws {
        #expect(throws: TensorError.self) { try make("spirals") }
        #expect(throws: TensorError.self) { try make("moons", count: 0) }
        #expect(throws: TensorError.self) { try make("moons", noise: -1) }
        #expect(throws: TensorError.self) { try make("moons", noise: .nan) }
    }
}
