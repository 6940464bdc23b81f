import Foundation
@testable import DutchQuizPlugin

/// The reference data that `Fixtures/fsrs/make_fixtures.py` wrote with the `fsrs` package.
enum FSRSFixtures {
    static func load<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures/fsrs") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Fixtures/fsrs/\(name).json"])
        }
        // JSONDecoder, not JSONSerialization: the latter misreads some doubles by one ulp on Linux.
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(type, from: Data(contentsOf: url))
    }

    static func text(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/fsrs") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Fixtures/fsrs/\(name)"])
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Equal within `tolerance` relative to the larger magnitude.
    static func close(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool {
        abs(a - b) <= tolerance * max(abs(a), abs(b))
    }
}

/// Scheduler settings as the script recorded them.
struct SettingsFixture: Decodable {
    var parameters: [Double]
    var desiredRetention: Double
    var learningStepsUs: [Int64]
    var relearningStepsUs: [Int64]
    var maximumInterval: Int

    func scheduler() throws -> Scheduler {
        try Scheduler(
            parameters: parameters, desiredRetention: desiredRetention,
            learningSteps: learningStepsUs.map { .microseconds($0) },
            relearningSteps: relearningStepsUs.map { .microseconds($0) },
            maximumInterval: maximumInterval
        )
    }
}

/// `trajectories.json`: review sequences and the card after every review.
struct TrajectoryFile: Decodable {
    struct Review: Decodable {
        var atUs: Int64
        var rating: Int
        var retrievability: Double?
        var state: Int
        var step: Int?
        var stability: Double
        var difficulty: Double
        var dueUs: Int64
        var lastReviewUs: Int64
    }

    struct Sequence: Decodable {
        var name: String
        var settings: String
        var reviews: [Review]
    }

    var package: String
    var settings: [String: SettingsFixture]
    var sequences: [Sequence]
}

/// `intervals.json`: stability to days, and the fuzz table.
struct IntervalFile: Decodable {
    struct Interval: Decodable {
        var stability: Double
        var days: Int
    }

    struct Fuzz: Decodable {
        var settings: String
        var days: Int
        var uniform: Double
        var fuzzedDays: Int
    }

    var intervals: [String: [Interval]]
    var fuzz: [Fuzz]
}
