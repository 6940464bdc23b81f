/// A `:` command a plugin adds to the REPL (`:quiz`, `:say WORD`).
public struct PluginCommand: Sendable {
    /// The command's name, without the colon.
    public var name: String
    /// How it is typed, as `:help` shows it: `:say WORD`.
    public var usage: String
    /// One line on what it does.
    public var summary: String
    /// What Tab offers after the command's name (`:quiz ` offers the decks); none by default.
    public var completions: [String]
    /// The plugin that added it (set when it is registered).
    public internal(set) var plugin = ""
    /// Runs the command with the text typed after its name.
    public var run: @Sendable (_ argument: String, _ context: PluginCommandContext) -> Void

    public init(name: String, usage: String, summary: String, completions: [String] = [],
                run: @escaping @Sendable (String, PluginCommandContext) -> Void) {
        self.name = name
        self.usage = usage
        self.summary = summary
        self.completions = completions
        self.run = run
    }
}

/// What a plugin's REPL command may use: the learner's interpreter, the terminal, and output.
public protocol PluginCommandContext: AnyObject {
    /// The interpreter that runs the learner's code now.
    var interpreter: Interpreter { get }
    /// The terminal's width, colour and character set.
    var terminal: Terminal { get }
    /// Writes text for the learner (standard output).
    func write(_ text: String)
    /// Writes a problem for the learner (standard error).
    func writeError(_ text: String)
    /// Reads one line from the learner with `prompt`; nil at the end of input or on Ctrl-C.
    func readLine(prompt: String) -> String?
    /// What the command's plugin keeps for the learner; nil when knobs runs without its database.
    var records: PluginRecords? { get }
}
