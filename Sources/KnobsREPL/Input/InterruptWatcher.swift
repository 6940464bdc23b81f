import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Turns Ctrl-C (SIGINT) into an action of the REPL's choosing instead of
/// ending the process: while code runs, stop it; at the prompt, clear the line.
///
/// The signal is handled on a dispatch queue, never in a signal handler, so
/// the actions may do anything. When `stopRunning` says nothing was running,
/// `atPrompt` runs; by default a byte goes down a pipe that
/// ``TerminalLineReader`` watches, which clears the line being typed.
public final class InterruptWatcher: @unchecked Sendable {
    private let source: DispatchSourceSignal
    private let pipeWrite: Int32
    /// The read end of the pipe that carries Ctrl-C at the prompt.
    public let pipeRead: Int32

    /// `stopRunning` is called for every Ctrl-C; it returns false when no code was running.
    public init(stopRunning: @escaping @Sendable () -> Bool, atPrompt: (@Sendable () -> Void)? = nil) {
        var ends: [Int32] = [0, 0]
        _ = pipe(&ends)
        pipeRead = ends[0]
        pipeWrite = ends[1]
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: DispatchQueue(label: "knobs.interrupt"))
        let write = pipeWrite
        source.setEventHandler {
            guard !stopRunning() else { return }
            if let atPrompt {
                atPrompt()
            } else {
                var byte: UInt8 = 3
                _ = Glibc.write(write, &byte, 1)
            }
        }
        source.resume()
    }

    deinit {
        source.cancel()
        signal(SIGINT, SIG_DFL)
        close(pipeRead)
        close(pipeWrite)
    }
}
