import CReadline
#if canImport(Glibc)
import Glibc
#endif

/// Lines from a terminal through GNU readline: editing, history in a file,
/// Ctrl-R, Tab completion, and Ctrl-C that clears the line.
///
/// readline is process-wide C state, so there is one of these per process.
public final class TerminalLineReader: LineReader {
    private let interruptFD: Int32
    private let historyPath: String?
    private let completer: Completer
    /// Keeps the completer alive while readline holds a raw pointer to it.
    private var retained: Unmanaged<Completer>?

    /// `interruptFD` is the read end of the pipe on which Ctrl-C arrives (see ``InterruptWatcher``).
    public init(interruptFD: Int32, historyPath: String?, completer: Completer) {
        self.interruptFD = interruptFD
        self.historyPath = historyPath
        self.completer = completer
        let unmanaged = Unmanaged.passRetained(completer)
        retained = unmanaged
        knobs_readline_setup(completeForReadline, unmanaged.toOpaque(), Completer.wordBreaks)
        if let historyPath { _ = knobs_history_read(historyPath) }
    }

    deinit {
        retained?.release()
    }

    public func read(prompt: String) -> LineInput {
        var raw: UnsafeMutablePointer<CChar>?
        switch knobs_readline(prompt, interruptFD, &raw) {
        case 1:
            guard let raw else { return .end }
            defer { free(raw) }
            return .line(String(cString: raw))
        case -1:
            return .interrupted
        default:
            return .end
        }
    }

    public func remember(_ line: String) {
        knobs_history_add(line)
    }

    public func save() {
        if let historyPath { _ = knobs_history_write(historyPath, 1000) }
    }

    public var isTerminal: Bool { true }
}

/// readline's completion callback: asks the ``Completer`` and hands back C strings.
private func completeForReadline(
    _ context: UnsafeMutableRawPointer?, _ text: UnsafePointer<CChar>, _ line: UnsafePointer<CChar>, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    guard let context else { return nil }
    let completer = Unmanaged<Completer>.fromOpaque(context).takeUnretainedValue()
    let prefix = String(decoding: UnsafeRawBufferPointer(start: line, count: Int(start)), as: UTF8.self)
    let candidates = completer.candidates(for: String(cString: text), after: prefix)
    guard !candidates.isEmpty else { return nil }
    // The shim frees the array and its strings with free(), so both come from malloc.
    guard let memory = malloc(MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * (candidates.count + 1)) else { return nil }
    let array = memory.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: candidates.count + 1)
    for (index, candidate) in candidates.enumerated() { array[index] = strdup(candidate) }
    array[candidates.count] = nil
    return array
}
