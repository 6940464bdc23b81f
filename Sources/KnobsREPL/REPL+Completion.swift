import KnobsLang
import KnobsTerminal

extension REPL: CompletionSource {
    public var commandNames: [String] { REPL.commands.map(\.name) + activePlugins.commands.map(\.name) }

    public func arguments(of command: String) -> [String] {
        if command == "open" { return catalog.entries.map(\.id) }
        return activePlugins.commands.first { $0.name == command }?.completions ?? []
    }

    public var names: [String] {
        interpreter.variableNames + Array(SyntaxHighlighter.standardLibraryNames)
    }

    public func members(of name: String) -> [String] {
        interpreter.value(of: name)?.memberNames ?? []
    }
}
