import Foundation

/// When the kill tests send SIGKILL: at a random moment between two acknowledgements, or
/// while the process writes to its database.
enum KillMoment: CustomStringConvertible {
    /// `part` (0–1) of the mean time between acknowledgements after the `after`-th one.
    case randomTime(after: Int, part: Double)
    /// At the start of the `burst`-th burst of writes (0 the first) after the `after`-th acknowledgement.
    case atWrite(after: Int, burst: Int)

    var description: String {
        switch self {
        case .randomTime(let after, let part): "after \(after) acknowledgements and \(Int(part * 100))% of the next"
        case .atWrite(let after, let burst): "at write burst \(burst) after \(after) acknowledgements"
        }
    }

    /// How many processes each kill test kills: `KNOBS_KILL_ROUNDS`, else 100, so that CI can run fewer.
    static var rounds: Int {
        ProcessInfo.processInfo.environment["KNOBS_KILL_ROUNDS"].flatMap { Int($0) }.map { max(1, $0) } ?? 100
    }

    /// Whether the kernel counts a process's writes (Linux's `/proc/PID/io`); without it every kill is at a random time.
    static let canWatchWrites = bytesWritten(by: getpid()) != nil

    /// A moment drawn from `random`: half at a random time, half at a write (where writes can be watched).
    static func draw(acknowledgements: Int, using random: inout SeededRandom) -> KillMoment {
        let after = Int.random(in: 0..<acknowledgements, using: &random)
        if canWatchWrites, Bool.random(using: &random) {
            return .atWrite(after: after, burst: Int.random(in: 0..<3, using: &random))
        }
        return .randomTime(after: after, part: Double.random(in: 0...1, using: &random))
    }

    /// Kills `session` at this moment, counting acknowledgements by `marker` in its output.
    ///
    /// A session that ends first is left alone. Without acknowledgements to time by, a random
    /// time is a part of `startUp`.
    ///
    /// - Returns: Whether SIGKILL was sent.
    @discardableResult
    func kill(_ session: PipedSession, marker: String, startUp: Duration) async throws -> Bool {
        let clock = ContinuousClock()
        let began = clock.now
        let after: Int
        switch self {
        case .randomTime(let count, _), .atWrite(let count, _): after = count
        }
        do {
            for _ in 0..<after { try await session.expect(marker) }
        } catch is OutputTimeout {
            return false
        }
        switch self {
        case .randomTime(_, let part):
            let each = after == 0 ? startUp : (clock.now - began) / after
            try await clock.sleep(for: each * part)
        case .atWrite(_, let burst):
            guard try await Self.waitForWriteBurst(burst, of: session.pid) else { return false }
        }
        session.signal(SIGKILL)
        return true
    }

    /// Polls the bytes `pid` has written until the start of its `burst`-th burst of at least a
    /// database page (one poll's growth of 4 KiB or more; a burst ends at a poll without growth).
    ///
    /// - Returns: false when the process ended, or wrote no such burst within 30 seconds.
    private static func waitForWriteBurst(_ burst: Int, of pid: Int32) async throws -> Bool {
        let deadline = ContinuousClock.now + .seconds(30)
        guard var last = bytesWritten(by: pid) else { return false }
        var bursts = 0
        var inBurst = false
        while ContinuousClock.now < deadline {
            try await Task.sleep(for: .microseconds(50))
            guard let now = bytesWritten(by: pid) else { return false }
            defer { last = now }
            if now - last >= 4096 {
                if !inBurst {
                    if bursts == burst { return true }
                    bursts += 1
                }
                inBurst = true
            } else if now == last {
                inBurst = false
            }
        }
        return false
    }

    /// The bytes `pid` has passed to `write` and its kin so far (`wchar` of `/proc/PID/io`).
    private static func bytesWritten(by pid: Int32) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("wchar:") }) else { return nil }
        return Int(line.dropFirst("wchar:".count).trimmingCharacters(in: .whitespaces))
    }
}
