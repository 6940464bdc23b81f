import Foundation
import Testing
import KnobsStore

/// A writer killed with `SIGKILL` at random moments, many times over, on one
/// database: after each kill the database passes SQLite's integrity check and
/// holds every write the child had acknowledged.
///
/// The child (an exit test: this test binary, run again) writes through the
/// store and appends a line to a file after each write returns; the parent
/// reads those lines, then kills the child after a random number of them plus
/// a random delay. Kills land in every phase: while opening or migrating the
/// database, inside a transaction, during the sync of a commit, between writes.
@Suite("Killed while writing")
struct KillTests {
    static let rounds = 40

    @Test("no acknowledged write is lost, and the file stays sound, across 40 kills")
    func killedAtRandomMoments() async throws {
        let scratch = try TemporaryDirectory()
        let database = scratch.databaseURL.path
        var acknowledgedPerRound: [Int] = []
        for round in 0..<Self.rounds {
            let ackPath = scratch.url.appendingPathComponent("acks-\(round)").path
            let pidPath = scratch.url.appendingPathComponent("pid-\(round)").path
            async let seenBeforeKill = Killer.kill(
                pidPath: pidPath,
                ackPath: ackPath,
                after: round == 0 ? 0 : Int.random(in: 0...40),
                delay: .microseconds(Int.random(in: 0...3000))
            )
            await #expect(processExitsWith: .signal(SIGKILL), "round \(round): the writer was not killed") {
                [database = database as String, ackPath = ackPath as String, pidPath = pidPath as String, round = round as Int] in
                try KillTests.writeUntilKilled(database: database, ackPath: ackPath, pidPath: pidPath, lesson: "round-\(round)")
            }
            let seen = try #require(await seenBeforeKill, "round \(round): the writer never acknowledged enough writes")
            let acknowledged = AckLog.read(ackPath)
            #expect(acknowledged == Array(0..<acknowledged.count), "round \(round): acknowledgements out of order")
            #expect(acknowledged.starts(with: seen))
            acknowledgedPerRound.append(acknowledged.count)

            let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
            #expect(try store.integrityProblems() == [], "round \(round)")
            for (earlier, count) in acknowledgedPerRound.enumerated() {
                let problems = ChildScript.problems(in: try store.progress(lesson: "round-\(earlier)"), acknowledged: count)
                #expect(problems == [], "after the kill of round \(round), in round-\(earlier)")
            }
        }
        #expect(acknowledgedPerRound.reduce(0, +) > Self.rounds * 10, "too few writes to mean much: \(acknowledgedPerRound)")
    }

    @Test("the check would notice a lost write and a write that never started")
    func checkIsNotVacuous() throws {
        let scratch = try TemporaryDirectory()
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        for number in 0..<7 {
            try ChildScript.perform(number, store: store, lesson: "check")
        }
        let progress = try store.progress(lesson: "check")
        #expect(ChildScript.problems(in: progress, acknowledged: 7) == [])
        #expect(ChildScript.problems(in: progress, acknowledged: 6) == [], "write 6 may be the one in flight")
        #expect(ChildScript.problems(in: progress, acknowledged: 8).count == 1, "write 7 (a step) is missing")
        #expect(ChildScript.problems(in: progress, acknowledged: 3).count == 1, "e1 was written before any write to it")
        #expect(ChildScript.problems(in: LessonProgress(lessonID: "check"), acknowledged: 7).count == 7)
    }

    /// The child: publishes its pid, then writes and acknowledges until killed
    /// (or, if nobody kills it, gives up after 30 s, which fails the test).
    static func writeUntilKilled(database: String, ackPath: String, pidPath: String, lesson: String) throws {
        try String(getpid()).write(toFile: pidPath, atomically: true, encoding: .utf8)
        let acks = AckLog(appendingTo: ackPath)
        let store = try ProgressStore.open(at: URL(fileURLWithPath: database), learner: "ada")
        // Far longer than the parent ever waits: only the parent's kill ends the child, even on a busy machine.
        let deadline = ContinuousClock.now + .seconds(600)
        var number = 0
        while ContinuousClock.now < deadline {
            try ChildScript.perform(number, store: store, lesson: lesson)
            acks.acknowledge(number)
            number += 1
        }
    }
}
