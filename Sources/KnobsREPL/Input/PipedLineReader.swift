/// Lines from a pipe or file: no prompt, no history, so that
/// `printf ':open 01\n\n' | knobs` gives a clean, testable transcript.
public final class PipedLineReader: LineReader {
    public init() {}

    public func read(prompt: String) -> LineInput {
        guard let line = Swift.readLine(strippingNewline: true) else { return .end }
        return .line(line)
    }

    public func remember(_ line: String) {}
    public func save() {}
    public var isTerminal: Bool { false }
}
