import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program on a pseudo-terminal, typed at the way a learner types at a keyboard.
///
/// The child runs in a new session whose controlling terminal is the pty
/// (`forkpty`), so a Ctrl-C sent here reaches it as `SIGINT` through the
/// terminal's line discipline, as from a real keyboard, and readline sees a
/// real terminal of the given size. Everything the child writes is collected
/// by a reader thread; ``expect(_:timeout:)`` waits for text to appear in it,
/// compared with escape codes stripped.
///
/// The output has a cursor: each ``expect(_:timeout:)`` searches from the end
/// of the previous match, so a test reads the session in order, prompt after
/// prompt. The child is killed (`SIGKILL` to its process group) by ``close()``
/// or when the terminal is dropped, so a failing test never leaves it behind.
///
/// ```swift
/// let terminal = try TerminalSession(executable: knobs, arguments: [], environment: env)
/// defer { terminal.close() }
/// try await terminal.expect("knobs › ")
/// terminal.type("1 + 1", .enter)
/// try await terminal.expect("2")
/// ```
final class TerminalSession: @unchecked Sendable {
    /// Keys as the terminal sends them.
    enum Key: String {
        case enter = "\r"
        case tab = "\t"
        case ctrlC = "\u{03}"
        case ctrlD = "\u{04}"
        case ctrlR = "\u{12}"
        case up = "\u{1B}[A"
    }

    /// How a child ended.
    struct Ending: Equatable, CustomStringConvertible {
        /// The exit status, when the child exited by itself.
        var exitCode: Int32?
        /// The signal that ended it, otherwise.
        var signal: Int32?

        var description: String { exitCode.map { "exit \($0)" } ?? "signal \(signal ?? 0)" }
    }

    /// The text did not appear, or the child did not end, in time.
    struct Timeout: Error, CustomStringConvertible {
        var waitingFor: String
        /// The end of what was matched before, for context.
        var before: String
        var seen: String

        var description: String {
            "timed out waiting for \(waitingFor.debugDescription); the output, escape codes stripped, "
                + "up to the last match (its end):\n---\n\(before)\n--- and after it:\n---\n\(seen)\n---"
        }
    }

    /// How long ``expect(_:timeout:)`` waits by default: a debug build on two busy cores is slow to start.
    static let patience: Duration = .seconds(30)

    /// The child's process id; it leads its own process group.
    let pid: pid_t
    private let master: Int32
    private let shared = SharedOutput()
    private let readerDone = DispatchSemaphore(value: 0)
    private let exitDone = DispatchSemaphore(value: 0)
    private let closeLock = NSLock()
    private var closed = false
    /// Where the next ``expect(_:timeout:)`` starts searching, in bytes of the stripped output.
    private var cursor = 0

    /// Starts `executable` on a new pseudo-terminal of `columns` × `rows`.
    ///
    /// - Parameters:
    ///   - environment: The child's whole environment.
    /// - Throws: When the pty or the process cannot be made.
    init(executable: URL, arguments: [String], environment: [String: String], columns: Int = 100, rows: Int = 40) throws {
        // Everything the child needs is made here: between fork and exec, in a
        // process with many threads, it may only make async-signal-safe calls.
        let argv = CStringArray([executable.path] + arguments)
        let envp = CStringArray(environment.map { "\($0.key)=\($0.value)" })
        defer {
            argv.free()
            envp.free()
        }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        var defaultAction = sigaction()
        defaultAction.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&defaultAction.sa_mask)
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        var masterDescriptor: Int32 = -1
        let path = argv.pointer[0]!

        let child = forkpty(&masterDescriptor, nil, nil, &size)
        if child == 0 {
            // The child: the test runner's signal mask and ignored signals must not leak into knobs,
            // nor its open descriptors (another test's pipe, held open here, would never see its end).
            sigprocmask(SIG_SETMASK, &emptyMask, nil)
            sigaction(SIGINT, &defaultAction, nil)
            sigaction(SIGPIPE, &defaultAction, nil)
            sigaction(SIGQUIT, &defaultAction, nil)
            sigaction(SIGTERM, &defaultAction, nil)
            sigaction(SIGHUP, &defaultAction, nil)
            sigaction(SIGCHLD, &defaultAction, nil)
            closefrom(3)
            execve(path, argv.pointer, envp.pointer)
            _exit(127)
        }
        guard child > 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        pid = child
        master = masterDescriptor
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        startReader()
        startExitWatch()
    }

    deinit {
        close()
    }

    // MARK: Typing

    /// Types text and keys, in order, as one write.
    func type(_ text: String, _ keys: Key...) {
        send(text + keys.map(\.rawValue).joined())
    }

    /// Presses keys, in order.
    func press(_ keys: Key...) {
        send(keys.map(\.rawValue).joined())
    }

    /// Writes bytes to the terminal, as if typed.
    func send(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return  // the child is gone; the next expect says so
            }
            bytes = bytes.dropFirst(written)
        }
    }

    // MARK: Reading

    /// Waits until `text` appears in the output after the cursor, and moves the cursor past it.
    ///
    /// - Returns: The output from the old cursor to the end of the match, escape codes stripped.
    /// - Throws: ``Timeout`` when the text does not appear within `timeout`, or the child ends without writing it.
    @discardableResult
    func expect(_ text: String, timeout: Duration = TerminalSession.patience) async throws -> String {
        let needle = Array(text.utf8)
        let deadline = ContinuousClock.now + timeout
        while true {
            let look = shared.search(needle, from: cursor)
            if let end = look.matchEnd {
                let seen = shared.plainText(from: cursor, to: end)
                cursor = end
                return seen
            }
            if look.finished || ContinuousClock.now >= deadline {
                throw timedOut(waitingFor: text)
            }
            await shared.change(after: look.generation, deadline: deadline)
        }
    }

    private func timedOut(waitingFor: String) -> Timeout {
        let before = shared.plainText(from: 0, to: cursor)
        return Timeout(waitingFor: waitingFor, before: String(before.suffix(1500)), seen: shared.plainText(from: cursor, to: nil))
    }

    /// Everything the child has written so far, escape codes stripped.
    var plainOutput: String { shared.plainText(from: 0, to: nil) }

    /// What the child has written after the cursor, escape codes stripped; the cursor stays.
    var pendingOutput: String { shared.plainText(from: cursor, to: nil) }

    /// Everything the child has written so far, exactly.
    var rawOutput: String { shared.rawText }

    // MARK: Ending

    /// Waits for the child to end by itself.
    ///
    /// - Throws: ``Timeout`` when it still runs after `timeout` (it is then killed by ``close()``).
    func waitForExit(timeout: Duration = TerminalSession.patience) async throws -> Ending {
        let deadline = ContinuousClock.now + timeout
        while true {
            let look = shared.exitLook()
            if let ending = look.ending { return ending }
            if ContinuousClock.now >= deadline {
                throw timedOut(waitingFor: "the process to end")
            }
            await shared.change(after: look.generation, deadline: deadline)
        }
    }

    /// Kills the child if it still runs, waits for it, and closes the terminal. Safe to call twice.
    func close() {
        let first = closeLock.withLock {
            defer { closed = true }
            return !closed
        }
        guard first else { return }
        if shared.exitLook().ending == nil {
            kill(-pid, SIGKILL)
            kill(pid, SIGKILL)
        }
        exitDone.wait()
        shared.stopReading()
        readerDone.wait()
        Glibc.close(master)
    }

    // MARK: Threads

    /// Reads the master side until the child's end of the terminal closes, or ``close()`` says stop.
    private func startReader() {
        let master = master
        let shared = shared
        let done = readerDone
        let thread = Thread {
            var buffer = [UInt8](repeating: 0, count: 16_384)
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            while true {
                let ready = poll(&poller, 1, 20)
                if ready < 0, errno == EINTR { continue }
                if ready > 0 {
                    let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
                    if count > 0 {
                        shared.append(buffer[0..<count])
                        continue
                    }
                    if count < 0, errno == EINTR || errno == EAGAIN { continue }
                    break  // EIO: every descriptor of the child's side is closed
                }
                // Stop only once the child is gone and nothing is left to read.
                if ready == 0, shared.shouldStopReading { break }
            }
            shared.finishReading()
            done.signal()
        }
        thread.name = "pty reader \(pid)"
        thread.start()
    }

    /// Reaps the child in a thread of its own (only this pid: other tests' children are theirs).
    private func startExitWatch() {
        let pid = pid
        let shared = shared
        let done = exitDone
        let thread = Thread {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 {
                guard errno == EINTR else {
                    status = -1
                    break
                }
            }
            // WIFEXITED / WEXITSTATUS / WTERMSIG are macros that Swift cannot import.
            let signal = status & 0x7F
            shared.finishProcess(signal == 0 ? Ending(exitCode: (status >> 8) & 0xFF, signal: nil) : Ending(exitCode: nil, signal: signal))
            done.signal()
        }
        thread.name = "pty waitpid \(pid)"
        thread.start()
    }
}

/// The output and the child's fate, shared by the reader, the reaper and the test.
private final class SharedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var raw: [UInt8] = []
    private var plain: [UInt8] = []
    private var stripper = EscapeStripper()
    private var readingFinished = false
    private var stopRequested = false
    private var ending: TerminalSession.Ending?
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

    func finishProcess(_ ending: TerminalSession.Ending) { changing { self.ending = ending } }

    func stopReading() { lock.withLock { stopRequested = true } }

    var shouldStopReading: Bool { lock.withLock { stopRequested || ending != nil } }

    func search(_ needle: [UInt8], from start: Int) -> Look {
        lock.withLock {
            Look(matchEnd: Self.find(needle, in: plain, from: start), finished: readingFinished, generation: generation)
        }
    }

    func exitLook() -> (ending: TerminalSession.Ending?, generation: Int) {
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

/// Removes what a terminal interprets rather than shows: escape sequences (CSI,
/// OSC, two-byte escapes, character set choices) and control characters other
/// than newline and tab, such as readline's carriage returns and backspaces.
///
/// It keeps its state between chunks, so a sequence split across two reads is removed whole.
struct EscapeStripper {
    private enum State {
        case text, escape, csi, osc, oscEscape, charset
    }

    private var state = State.text

    mutating func strip(_ bytes: ArraySlice<UInt8>, into plain: inout [UInt8]) {
        for byte in bytes {
            switch state {
            case .text:
                if byte == 0x1B {
                    state = .escape
                } else if byte >= 0x20 || byte == 0x0A || byte == 0x09 {
                    if byte != 0x7F { plain.append(byte) }
                }
            case .escape:
                switch byte {
                case UInt8(ascii: "["): state = .csi
                case UInt8(ascii: "]"): state = .osc
                case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"): state = .charset
                default: state = .text
                }
            case .csi:
                if (0x40...0x7E).contains(byte) { state = .text }
            case .osc:
                if byte == 0x07 { state = .text } else if byte == 0x1B { state = .oscEscape }
            case .oscEscape:
                state = byte == UInt8(ascii: "\\") ? .text : .osc
            case .charset:
                state = .text
            }
        }
    }

    /// `text` without its escape sequences and control characters.
    static func stripped(_ text: String) -> String {
        var stripper = EscapeStripper()
        var plain: [UInt8] = []
        stripper.strip(Array(text.utf8)[...], into: &plain)
        return String(decoding: plain, as: UTF8.self)
    }
}

/// A NULL-terminated array of C strings for `execve`, allocated before the fork.
private struct CStringArray {
    let pointer: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
    private let count: Int

    init(_ strings: [String]) {
        count = strings.count
        pointer = .allocate(capacity: strings.count + 1)
        for (index, string) in strings.enumerated() { pointer[index] = strdup(string) }
        pointer[strings.count] = nil
    }

    func free() {
        for index in 0..<count { Glibc.free(pointer[index]) }
        pointer.deallocate()
    }
}
