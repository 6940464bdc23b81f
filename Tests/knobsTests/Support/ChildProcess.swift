import Foundation
import KnobsTestSupport

/// What a child process reads on its standard input.
enum Input: Sendable {
    /// `/dev/null`: reading gives end of file at once.
    case null
    /// These bytes through a pipe, which is then closed.
    case pipe(Data)

    /// Text through a pipe, as in `echo … | knobs eval -`.
    static func text(_ text: String) -> Input { .pipe(Data(text.utf8)) }
}

/// How one run of a child process ended.
struct RunResult: Sendable, CustomStringConvertible {
    var stdout: String
    var stderr: String
    /// The exit status, or the number of the signal that ended the process.
    var status: Int32
    /// Whether a signal (not `exit`) ended the process.
    var wasSignalled: Bool
    /// Whether the deadline passed and the process was killed.
    var timedOut: Bool
    var elapsed: Duration

    /// The exit code, or `nil` when the process did not exit by itself.
    var exitCode: Int32? { wasSignalled ? nil : status }

    var description: String {
        let ending = timedOut ? "killed at the deadline" : wasSignalled ? "signal \(status)" : "exit \(status)"
        return "\(ending) after \(elapsed)\n--- stdout\n\(stdout)--- stderr\n\(stderr)---"
    }
}

/// Starts a process with captured output and a deadline.
enum ChildProcess {
    /// Runs one process to its end, or until the deadline kills it; at most
    /// ``ProcessSlots/shared``'s count run at once, and the deadline starts
    /// when this one does.
    ///
    /// Output goes to temporary files rather than pipes, so a child that writes a
    /// lot can never block on a full pipe while the parent waits for it.
    static func run(
        executable: URL,
        arguments: [String],
        stdin: Input,
        environment: [String: String],
        deadline: Duration
    ) async throws -> RunResult {
        try await ProcessSlots.shared.withSlot {
            try await runNow(executable: executable, arguments: arguments, stdin: stdin, environment: environment, deadline: deadline)
        }
    }

    private static func runNow(
        executable: URL,
        arguments: [String],
        stdin: Input,
        environment: [String: String],
        deadline: Duration
    ) async throws -> RunResult {
        ignoreBrokenPipes
        let fileManager = FileManager.default
        let directory = fileManager.temporaryDirectory.appendingPathComponent("knobs-e2e-\(UUID().uuidString)")
        try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(at: directory) }
        let stdoutURL = directory.appendingPathComponent("stdout")
        let stderrURL = directory.appendingPathComponent("stderr")
        try Data().write(to: stdoutURL)
        try Data().write(to: stderrURL)
        let stdoutHandle = try FileHandle(forWritingTo: stdoutURL)
        let stderrHandle = try FileHandle(forWritingTo: stderrURL)
        defer {
            try? stdoutHandle.close()
            try? stderrHandle.close()
        }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = stdoutHandle
        process.standardError = stderrHandle
        var inputPipe: Pipe?
        switch stdin {
        case .null:
            process.standardInput = FileHandle.nullDevice
        case .pipe:
            let pipe = Pipe()
            process.standardInput = pipe
            inputPipe = pipe
        }

        let watch = Watch()
        let clock = ContinuousClock()
        let start = clock.now
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            process.terminationHandler = { _ in
                watch.markExited()
                continuation.resume()
            }
            do {
                try process.run()
            } catch {
                continuation.resume(throwing: error)
                return
            }
            let pid = process.processIdentifier
            let seconds = Double(deadline.components.seconds) + Double(deadline.components.attoseconds) / 1e18
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
                if watch.markTimedOutIfRunning() {
                    kill(pid, SIGKILL)
                }
            }
            if let inputPipe, case .pipe(let data) = stdin {
                let writer = inputPipe.fileHandleForWriting
                // The child may exit without reading; a broken pipe is not our failure.
                try? writer.write(contentsOf: data)
                try? writer.close()
            }
        }
        let elapsed = clock.now - start

        return RunResult(
            stdout: String(decoding: try Data(contentsOf: stdoutURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: stderrURL), as: UTF8.self),
            status: process.terminationStatus,
            wasSignalled: process.terminationReason == .uncaughtSignal,
            timedOut: watch.timedOut,
            elapsed: elapsed
        )
    }

    /// Writing to a pipe whose reader has gone must give an error, not kill the test runner.
    private static let ignoreBrokenPipes: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()
}

/// Whether a child has exited, or was killed at its deadline; shared between threads.
private final class Watch: @unchecked Sendable {
    private let lock = NSLock()
    private var exited = false
    private var killed = false

    func markExited() {
        lock.withLock { exited = true }
    }

    /// Claims the kill; false when the child has already exited.
    func markTimedOutIfRunning() -> Bool {
        lock.withLock {
            if exited { return false }
            killed = true
            return true
        }
    }

    var timedOut: Bool { lock.withLock { killed } }
}
