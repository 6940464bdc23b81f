import Foundation

/// A program with its standard input, output and error on pipes, read as it
/// writes them: for what needs more than ``ChildProcess`` (all input at once,
/// output at the end), such as a signal sent while the REPL runs code, or a
/// SIGKILL at a random moment with the output up to that moment.
///
/// Like ``TerminalSession``, each stream has a cursor that ``expect(_:in:timeout:)``
/// moves past each match. The child is killed by ``close()`` or when the
/// session is dropped.
final class PipedSession: @unchecked Sendable {
    enum Stream {
        case stdout, stderr
    }

    let process = Process()
    private let input = Pipe()
    private let outputs = (stdout: ProcessOutput(), stderr: ProcessOutput())
    private var cursors = (stdout: 0, stderr: 0)
    private let closeLock = NSLock()
    private var inputClosed = false

    /// Starts `executable`; its input stays open until ``closeInput()``.
    init(executable: URL, arguments: [String], environment: [String: String]) throws {
        PipedSession.ignoreBrokenPipes
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.standardInput = input
        let stdoutPipe = Pipe()
        let stderrPipe = Pipe()
        process.standardOutput = stdoutPipe
        process.standardError = stderrPipe
        let outputs = outputs
        process.terminationHandler = { process in
            let ending = process.terminationReason == .uncaughtSignal
                ? ProcessEnding(exitCode: nil, signal: process.terminationStatus)
                : ProcessEnding(exitCode: process.terminationStatus)
            outputs.stdout.finishProcess(ending)
            outputs.stderr.finishProcess(ending)
        }
        try process.run()
        Self.read(stdoutPipe.fileHandleForReading, into: outputs.stdout)
        Self.read(stderrPipe.fileHandleForReading, into: outputs.stderr)
    }

    deinit {
        close()
    }

    /// The child's process id.
    var pid: Int32 { process.processIdentifier }

    /// Writes `text` to the child's standard input.
    func write(_ text: String) {
        try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    }

    /// Closes the child's standard input: the end of its input.
    func closeInput() {
        let first = closeLock.withLock {
            defer { inputClosed = true }
            return !inputClosed
        }
        if first { try? input.fileHandleForWriting.close() }
    }

    /// Sends `signal` to the child, if it still runs.
    func signal(_ signal: Int32) {
        if outputs.stdout.exitLook().ending == nil { kill(process.processIdentifier, signal) }
    }

    /// Waits until `text` appears in `stream` after its cursor, and moves the cursor past it.
    ///
    /// - Returns: The output from the old cursor to the end of the match.
    @discardableResult
    func expect(_ text: String, in stream: Stream = .stdout, timeout: Duration = TerminalSession.patience) async throws -> String {
        switch stream {
        case .stdout: try await outputs.stdout.expect(text, after: &cursors.stdout, deadline: .now + timeout)
        case .stderr: try await outputs.stderr.expect(text, after: &cursors.stderr, deadline: .now + timeout)
        }
    }

    /// Waits for the child to end and for everything it wrote to be read.
    func waitForExit(timeout: Duration = TerminalSession.patience) async throws -> ProcessEnding {
        let deadline = ContinuousClock.now + timeout
        let ending = try await outputs.stdout.ending(deadline: deadline, cursor: cursors.stdout)
        try await outputs.stdout.end(deadline: deadline, cursor: cursors.stdout)
        try await outputs.stderr.end(deadline: deadline, cursor: cursors.stderr)
        return ending
    }

    /// Everything written to standard output so far.
    var stdout: String { outputs.stdout.plainText(from: 0, to: nil) }

    /// Everything written to standard error so far.
    var stderr: String { outputs.stderr.plainText(from: 0, to: nil) }

    /// Kills the child if it still runs and waits for it. Safe to call twice.
    func close() {
        closeInput()
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Reads `handle` to its end on a thread of its own.
    private static func read(_ handle: FileHandle, into output: ProcessOutput) {
        let thread = Thread {
            while true {
                let data = handle.availableData
                if data.isEmpty { break }
                output.append(Array(data)[...])
            }
            try? handle.close()
            output.finishReading()
        }
        thread.start()
    }

    /// Writing to a pipe whose reader has gone must give an error, not kill the test runner.
    private static let ignoreBrokenPipes: Void = {
        Foundation.signal(SIGPIPE, SIG_IGN)
    }()
}
