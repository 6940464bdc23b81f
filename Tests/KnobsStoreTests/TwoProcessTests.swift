import Foundation
import GRDB
import Testing
@testable import KnobsStore

/// Two processes open the same new database at the same moment and write to it
/// at once, as two knobs sessions of one learner would: neither fails, the
/// file stays sound, and every write of both is there, the increments of a
/// shared counter included.
@Suite("Two processes at once")
struct TwoProcessTests {
    static let rounds = 6
    static let writesPerProcess = 60

    @Test("two writers on one new database: no corruption, no lost write, no error")
    func twoWriters() async throws {
        for round in 0..<Self.rounds {
            let scratch = try TemporaryDirectory()
            let database = scratch.databaseURL.path
            let folder = scratch.url.path
            async let first = #expect(processExitsWith: .success, "round \(round): writer a failed") {
                [database = database as String, folder = folder as String] in
                try TwoProcessTests.write(database: database, folder: folder, name: "a", partner: "b")
            }
            async let second = #expect(processExitsWith: .success, "round \(round): writer b failed") {
                [database = database as String, folder = folder as String] in
                try TwoProcessTests.write(database: database, folder: folder, name: "b", partner: "a")
            }
            _ = await (first, second)

            let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
            #expect(try store.integrityProblems() == [], "round \(round)")
            #expect(try Self.learnerCount(store) == 1, "round \(round): the learner was made twice")
            let shared = try store.progress(lesson: "shared")
            #expect(shared.exercise("together").attempts == 2 * Self.writesPerProcess, "round \(round): lost increments")
            for name in ["a", "b"] {
                let acknowledged = AckLog.read(scratch.url.appendingPathComponent("acks-\(name)").path)
                #expect(acknowledged == Array(0..<(3 * Self.writesPerProcess)), "round \(round), writer \(name)")
                for index in 0..<Self.writesPerProcess {
                    #expect(shared.exercise("\(name)\(index)").solution?.code == "\(name) \(index)", "round \(round)")
                }
                #expect(try store.progress(lesson: "only-\(name)").step == Self.writesPerProcess, "round \(round)")
            }
        }
    }

    private static func learnerCount(_ store: ProgressStore) throws -> Int? {
        try store.database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM learner") }
    }

    /// The child: waits for its partner, so that both open the new file at
    /// once, then makes three writes per turn (one to a counter both
    /// increment, one exercise and one lesson of its own) and acknowledges each.
    static func write(database: String, folder: String, name: String, partner: String) throws {
        let folderURL = URL(fileURLWithPath: folder)
        try Data().write(to: folderURL.appendingPathComponent("ready-\(name)"))
        let deadline = ContinuousClock.now + .seconds(30)
        while !FileManager.default.fileExists(atPath: folderURL.appendingPathComponent("ready-\(partner)").path) {
            guard ContinuousClock.now < deadline else { throw CocoaError(.fileReadNoSuchFile) }
            usleep(200)
        }
        let store = try ProgressStore.open(at: URL(fileURLWithPath: database), learner: "ada")
        let acks = AckLog(appendingTo: folderURL.appendingPathComponent("acks-\(name)").path)
        for index in 0..<writesPerProcess {
            try store.recordAttempt(lesson: "shared", exercise: "together")
            acks.acknowledge(3 * index)
            try store.markSolved(lesson: "shared", exercise: "\(name)\(index)", code: "\(name) \(index)", at: Date())
            acks.acknowledge(3 * index + 1)
            try store.setStep(index + 1, lesson: "only-\(name)")
            acks.acknowledge(3 * index + 2)
        }
    }
}
