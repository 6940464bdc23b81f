import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Turns Ctrl-C (SIGINT) into an action of the REPL's choosing, instead of
/// ending the process: while a cell runs, stop it; at the prompt, clear the line.
///
/// The signal is handled on a dispatch queue, never in a signal handler, so
/// the action may do anything. At the prompt it writes a byte to a pipe that
/// ``TerminalLineReader`` watches.
public final class InterruptWatcher: @unchecked Sendable {
    private let source: DispatchSourceSignal
    private let pipeWrite: Int32
    /// The read end of the pipe that carries Ctrl-C at the prompt.
    public let pipeRead: Int32

    /// `whileRunning` is called for Ctrl-C while ``isRunning`` is true; otherwise the prompt is cleared.
    public init(whileRunning: @escaping @Sendable () -> Void) {
        var ends: [Int32] = [0, 0]
        _ = pipe(&ends)
        pipeRead = ends[0]
        pipeWrite = ends[1]
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: DispatchQueue(label: "knobs.interrupt"))
        let write = pipeWrite
        let state = running
        source.setEventHandler {
            if state.value {
                whileRunning()
            } else {
                var byte: UInt8 = 3
                _ = Glibc.write(write, &byte, 1)
            }
        }
        source.resume()
    }

    private let running = RunningFlag()

    /// Whether a cell is running now (Ctrl-C stops it) or the prompt is showing (Ctrl-C clears the line).
    public var isRunning: Bool {
        get { running.value }
        set { running.value = newValue }
    }

    deinit {
        source.cancel()
        signal(SIGINT, SIG_DFL)
        close(pipeRead)
        close(pipeWrite)
    }
}

/// A flag shared between the REPL's thread and the signal queue.
private final class RunningFlag: Sendable {
    private let stored = Atomic<Bool>(false)

    var value: Bool {
        get { stored.load(ordering: .acquiring) }
        set { stored.store(newValue, ordering: .releasing) }
    }
}
