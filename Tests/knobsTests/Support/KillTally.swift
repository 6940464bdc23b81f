import Foundation
import Testing

/// What the kills of a kill test came to: how many landed before the end of a run, how many
/// of those at a write, and what the database showed of a write in flight.
struct KillTally: CustomStringConvertible {
    var killedAtRandomTime = 0
    var killedAtWrite = 0
    /// Processes that ended by themselves before their kill came.
    var finished = 0
    /// Kills after which the log held a transaction cut off mid-write (see ``WALFile``).
    var cutMidTransaction = 0
    /// Kills after which the database held a commit the process had not yet acknowledged:
    /// it died between its commit and its word to the learner.
    var committedUnacknowledged = 0

    var killed: Int { killedAtRandomTime + killedAtWrite }

    var description: String {
        "\(killed) killed before their end (\(killedAtRandomTime) at a random time, \(killedAtWrite) at a write), \(finished) finished first; "
            + "\(cutMidTransaction) left a transaction cut off in the log, \(committedUnacknowledged) a commit not yet acknowledged"
    }

    mutating func count(_ ending: ProcessEnding, moment: KillMoment) {
        switch (ending.signal == SIGKILL, moment) {
        case (false, _): finished += 1
        case (true, .randomTime): killedAtRandomTime += 1
        case (true, .atWrite): killedAtWrite += 1
        }
    }

    mutating func inspect(_ log: WALFile) {
        if log.wasCutMidTransaction { cutMidTransaction += 1 }
    }

    /// Most processes must die before their end, a good share at a write where writes can be
    /// watched, and in a full run some while a save was in flight (a transaction cut off, or
    /// committed and not yet acknowledged); otherwise the test has not tested what it claims.
    func expectEnoughKills(of processes: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(killed >= processes / 2, "too few kills landed before the end of a run: \(self)", sourceLocation: sourceLocation)
        if KillMoment.canWatchWrites, processes >= 20 {
            #expect(killedAtWrite >= processes / 5, "too few kills landed at a write: \(self)", sourceLocation: sourceLocation)
        }
        if processes >= 50 {
            #expect(cutMidTransaction + committedUnacknowledged > 0, "no kill landed while a save was in flight: \(self)", sourceLocation: sourceLocation)
        }
    }
}
