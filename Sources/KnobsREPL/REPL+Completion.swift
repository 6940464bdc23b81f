import KnobsLang
import KnobsTerminal

extension REPL: CompletionSource {
    public var commandNames: [String] { REPL.commands.map(\.name) + activePlugins.commands.map(\.name) }

    public func arguments(of command: String) -> [String] {
        command == "open" ? catalog.entries.map(\.id) : []
    }

    public var names: [String] {
        interpreter.variableNames + Array(SyntaxHighlighter.standardLibraryNames)
    }

    public func members(of name: String) -> [String] {
        interpreter.value(of: name)?.memberNames ?? []
    }
}
