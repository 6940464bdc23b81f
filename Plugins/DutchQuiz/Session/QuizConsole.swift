import KnobsPluginAPI

/// Where a quiz session talks to the learner: `knobs quiz` on a terminal or a pipe, or the REPL's `:quiz`.
///
/// The session only writes text and reads lines; the host decides how (readline with Ctrl-C
/// on a terminal, plain lines from a pipe).
public protocol QuizConsole: AnyObject {
    /// Width, colour and character set of the output.
    var terminal: Terminal { get }
    /// Writes text for the learner (standard output).
    func write(_ text: String)
    /// Writes a problem (standard error).
    func writeError(_ text: String)
    /// Reads one line with `prompt` shown where someone can see it; nil at the end of the
    /// input or on Ctrl-C, which end the session (everything answered so far is kept).
    func readLine(prompt: String) -> String?
}

/// The REPL's plugin-command context as a quiz console.
final class CommandContextConsole: QuizConsole {
    private let context: PluginCommandContext

    init(_ context: PluginCommandContext) {
        self.context = context
    }

    var terminal: Terminal { context.terminal }
    func write(_ text: String) { context.write(text) }
    func writeError(_ text: String) { context.writeError(text) }
    func readLine(prompt: String) -> String? { context.readLine(prompt: prompt) }
}
