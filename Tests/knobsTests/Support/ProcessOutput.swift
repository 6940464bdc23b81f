import Foundation

/// How a child ended.
struct ProcessEnding: Equatable, Sendable, CustomStringConvertible {
    /// The exit status, when the child exited by itself.
    var exitCode: Int32?
    /// The signal that ended it, otherwise.
    var signal: Int32?

    init(exitCode: Int32?, signal: Int32? = nil) {
        self.exitCode = exitCode
        self.signal = signal
    }

    /// From a status of `waitpid` (`WIFEXITED` and its kin are macros that Swift cannot import).
    init(waitStatus status: Int32) {
        let signal = status & 0x7F
        self = signal == 0 ? ProcessEnding(exitCode: (status >> 8) & 0xFF) : ProcessEnding(exitCode: nil, signal: signal)
    }

    var description: String { exitCode.map { "exit \($0)" } ?? "signal \(signal ?? 0)" }
}

/// Something awaited did not come in time.
struct OutputTimeout: Error, CustomStringConvertible {
    /// What was awaited.
    var waitingFor: String
    /// The end of the output up to the last match, for context.
    var before: String
    /// The output after the last match.
    var after: String

    var description: String {
        "timed out waiting for \(waitingFor); the output, escape codes stripped, up to the last match (its end):\n---\n"
            + "\(before)\n--- and after it:\n---\n\(after)\n---"
    }
}

/// What a child has written, and how it ended, shared by the threads that read
/// and reap it and the test that waits on both.
///
/// Output is kept twice: as written, and with escape codes stripped (see
/// ``EscapeStripper``); searches and texts use the stripped bytes. A test waits
/// with ``change(after:deadline:)``, which returns at the next change (more
/// output, the end of the output, the child's end) or at the deadline.
final class ProcessOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var raw: [UInt8] = []
    private var plain: [UInt8] = []
    private var stripper = EscapeStripper()
    private var readingFinished = false
    private var stopRequested = false
    private var ending: ProcessEnding?
    /// Counts changes, so that a waiter never misses one that came between its look and its wait.
    private var generation = 0
    private var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
    private var nextWaiter = 0

    struct Look {
        var matchEnd: Int?
        var finished: Bool
        var generation: Int
    }

    func append(_ bytes: ArraySlice<UInt8>) {
        changing {
            raw.append(contentsOf: bytes)
            stripper.strip(bytes, into: &plain)
        }
    }

    func finishReading() { changing { readingFinished = true } }

    func finishProcess(_ ending: ProcessEnding) { changing { self.ending = ending } }

    func stopReading() { lock.withLock { stopRequested = true } }

    var shouldStopReading: Bool { lock.withLock { stopRequested || ending != nil } }

    func search(_ needle: [UInt8], from start: Int) -> Look {
        lock.withLock {
            Look(matchEnd: Self.find(needle, in: plain, from: start), finished: readingFinished, generation: generation)
        }
    }

    func exitLook() -> (ending: ProcessEnding?, generation: Int) {
        lock.withLock { (ending, generation) }
    }

    func plainText(from start: Int, to end: Int?) -> String {
        lock.withLock {
            let upper = min(end ?? plain.count, plain.count)
            return String(decoding: plain[min(start, upper)..<upper], as: UTF8.self)
        }
    }

    var rawText: String { lock.withLock { String(decoding: raw, as: UTF8.self) } }

    /// Returns at the next change after `seen`, or at the deadline.
    func change(after seen: Int, deadline: ContinuousClock.Instant) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let id: Int? = lock.withLock {
                guard generation == seen else { return nil }
                nextWaiter += 1
                waiters[nextWaiter] = continuation
                return nextWaiter
            }
            guard let id else {
                continuation.resume()
                return
            }
            let left = ContinuousClock.now.duration(to: deadline)
            let nanoseconds = max(0, left.components.seconds * 1_000_000_000 + left.components.attoseconds / 1_000_000_000)
            DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(nanoseconds))) { [weak self] in
                self?.wake(id)
            }
        }
    }

    /// Waits until `text` appears after `cursor`, and moves the cursor past it.
    ///
    /// - Returns: The output from the old cursor to the end of the match, escape codes stripped.
    /// - Throws: ``OutputTimeout`` when the text has not appeared by `deadline`, or the output ends without it.
    func expect(_ text: String, after cursor: inout Int, deadline: ContinuousClock.Instant) async throws -> String {
        let needle = Array(text.utf8)
        while true {
            let look = search(needle, from: cursor)
            if let end = look.matchEnd {
                let seen = plainText(from: cursor, to: end)
                cursor = end
                return seen
            }
            if look.finished || ContinuousClock.now >= deadline {
                throw timeout(waitingFor: text.debugDescription, cursor: cursor)
            }
            await change(after: look.generation, deadline: deadline)
        }
    }

    /// Waits until the child has ended.
    ///
    /// - Throws: ``OutputTimeout`` when it still runs at `deadline`.
    func ending(deadline: ContinuousClock.Instant, cursor: Int) async throws -> ProcessEnding {
        while true {
            let look = exitLook()
            if let ending = look.ending { return ending }
            if ContinuousClock.now >= deadline {
                throw timeout(waitingFor: "the process to end", cursor: cursor)
            }
            await change(after: look.generation, deadline: deadline)
        }
    }

    /// Waits until everything written has been read (the child's end of the pipe or terminal closed).
    func end(deadline: ContinuousClock.Instant, cursor: Int) async throws {
        while true {
            let look = search([], from: 0)
            if look.finished { return }
            if ContinuousClock.now >= deadline {
                throw timeout(waitingFor: "the end of the output", cursor: cursor)
            }
            await change(after: look.generation, deadline: deadline)
        }
    }

    func timeout(waitingFor: String, cursor: Int) -> OutputTimeout {
        OutputTimeout(
            waitingFor: waitingFor, before: String(plainText(from: 0, to: cursor).suffix(1500)),
            after: plainText(from: cursor, to: nil))
    }

    private func wake(_ id: Int) {
        let waiter = lock.withLock { waiters.removeValue(forKey: id) }
        waiter?.resume()
    }

    private func changing(_ body: () -> Void) {
        let woken: [CheckedContinuation<Void, Never>] = lock.withLock {
            body()
            generation += 1
            defer { waiters = [:] }
            return Array(waiters.values)
        }
        for waiter in woken { waiter.resume() }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty else { return start }
        guard haystack.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return index + needle.count
            }
            index += 1
        }
        return nil
    }
}
