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

    /// How long ``expect(_:timeout:)`` waits by default: a debug build on two busy cores is slow to start.
    static let patience: Duration = .seconds(30)

    /// The child's process id; it leads its own process group.
    let pid: pid_t
    private let master: Int32
    private let shared = ProcessOutput()
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
    /// - Throws: ``OutputTimeout`` when the text does not appear within `timeout`, or the child ends without writing it.
    @discardableResult
    func expect(_ text: String, timeout: Duration = TerminalSession.patience) async throws -> String {
        try await shared.expect(text, after: &cursor, deadline: .now + timeout)
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
    /// - Throws: ``OutputTimeout`` when it still runs after `timeout` (it is then killed by ``close()``).
    func waitForExit(timeout: Duration = TerminalSession.patience) async throws -> ProcessEnding {
        try await shared.ending(deadline: .now + timeout, cursor: cursor)
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
            shared.finishProcess(ProcessEnding(waitStatus: status))
            done.signal()
        }
        thread.name = "pty waitpid \(pid)"
        thread.start()
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
