/// What one read of the input gave.
public enum LineInput: Equatable, Sendable {
    /// A line, without its newline.
    case line(String)
    /// Ctrl-C at the prompt: the line being typed was dropped.
    case interrupted
    /// The end of the input: Ctrl-D on an empty line, or the end of a pipe.
    case end
}

/// Where the REPL's lines come from: a terminal with readline, or a pipe.
public protocol LineReader: AnyObject {
    /// Reads one line, showing `prompt` where there is someone to see it.
    func read(prompt: String) -> LineInput
    /// Remembers a line the learner entered, for Up arrow and Ctrl-R.
    func remember(_ line: String)
    /// Writes the remembered lines out, where they persist.
    func save()
    /// Whether the lines come from a terminal, which echoes Ctrl-C as `^C` where the cursor is.
    var isTerminal: Bool { get }
}
