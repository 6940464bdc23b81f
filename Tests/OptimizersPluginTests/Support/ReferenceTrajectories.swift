import Foundation

/// The trajectories `Fixtures/make_fixtures.py` wrote with numpy: for each
/// case an optimizer's options, and for every step the gradients it was given
/// and the values it should produce.
struct ReferenceTrajectories: Decodable {
    struct Step: Decodable {
        var grads: [JSON]
        var values: [JSON]
    }

    struct Case: Decodable {
        var options: [String: JSON]
        var steps: [Step]
    }

    var optimizer: String
    var shapes: [[Int]]
    var start: [JSON]
    var cases: [Case]

    /// A JSON value: numbers, booleans and (nested) lists.
    enum JSON: Decodable {
        case bool(Bool)
        case number(Double)
        case list([JSON])

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) {
                self = .bool(flag)
            } else if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                self = .list(try container.decode([JSON].self))
            }
        }

        /// The numbers, row by row.
        var flat: [Double] {
            switch self {
            case .bool(let flag): [flag ? 1 : 0]
            case .number(let number): [number]
            case .list(let items): items.flatMap(\.flat)
            }
        }

        /// The value as knobs writes it: `0.05`, `true`, `[0.8, 0.99]`.
        var knobs: String {
            switch self {
            case .bool(let flag): "\(flag)"
            case .number(let number): "\(number)"
            case .list(let items): "[" + items.map(\.knobs).joined(separator: ", ") + "]"
            }
        }
    }

    /// The trajectories of one optimizer, from `Fixtures/NAME.json`.
    static func load(_ name: String) throws -> ReferenceTrajectories {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try JSONDecoder().decode(ReferenceTrajectories.self, from: Data(contentsOf: url))
    }
}
