import Foundation

/// The parent's side of the kill test: waits for a child to acknowledge enough
/// writes, then kills it with `SIGKILL`.
enum Killer {
    /// Kills the child whose pid appears in `pidPath` once `ackPath` holds
    /// `acknowledgements` lines, plus `delay` more, so the kill lands anywhere
    /// in the next writes: inside a transaction, during the sync, between two.
    ///
    /// - Returns: The acknowledgements read before the kill, or nil when the
    ///   child never got that far (it is killed all the same).
    static func kill(pidPath: String, ackPath: String, after acknowledgements: Int, delay: Duration) async -> [Int]? {
        // Generous, for a busy machine whose syncs are slow; the child writes until it is killed.
        let deadline = ContinuousClock.now + .seconds(120)
        var pid: pid_t?
        while pid == nil, ContinuousClock.now < deadline {
            pid = (try? String(contentsOfFile: pidPath, encoding: .utf8)).flatMap { pid_t($0) }
            if pid == nil { try? await Task.sleep(for: .milliseconds(1)) }
        }
        guard let pid else { return nil }
        var seen = AckLog.read(ackPath)
        while seen.count < acknowledgements, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .microseconds(200))
            seen = AckLog.read(ackPath)
        }
        try? await Task.sleep(for: delay)
        Foundation.kill(pid, SIGKILL)
        return seen.count >= acknowledgements ? seen : nil
    }
}
