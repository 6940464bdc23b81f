import KnobsLang
import KnobsNotebook
import KnobsPluginAPI

/// Plugins in the REPL: free code gets every plugin that loads, a lesson the
/// ones it names; `:plugins`, `:help NAME`, and the plugins' own commands.
extension REPL {
    /// The plugins the code typed now can use.
    var activePlugins: PluginSet { session == nil ? freePlugins : lessonPlugins }

    /// The plugins `lesson` names, loaded; nil (with every problem shown) when one cannot be.
    func plugins(for lesson: Lesson) -> PluginSet? {
        do {
            return try options.plugins.load(lesson.info.plugins)
        } catch {
            show(error.diagnostics)
            say("\(lesson.id) needs plugins: [\(lesson.info.plugins.joined(separator: ", "))]; it cannot be opened until they load.")
            return nil
        }
    }

    /// `:plugins`: the plugins knobs found, and which ones the code typed now can use.
    func listPlugins() {
        let active = activePlugins.names
        var text = PluginListing.table(options.plugins, width: options.terminal.width)
        if let session {
            text += active.isEmpty ? "\(session.lesson.id) uses no plugins.\n" : "\(session.lesson.id) uses: \(active.joined(separator: ", ")).\n"
        } else if !options.plugins.entries.isEmpty {
            text += "With no lesson open, your code can use: \(active.isEmpty ? "none of them" : active.joined(separator: ", ")).\n"
        }
        output(text)
    }

    /// `:help NAME`: a command, a function of the library or of a plugin, or a plugin.
    func help(about name: String) {
        let bare = name.hasPrefix(":") ? String(name.dropFirst()) : name
        if let command = REPL.commands.first(where: { $0.name == bare }) {
            say(":\(command.name)" + (command.arguments.isEmpty ? "" : " \(command.arguments)") + "  " + command.help)
        } else if let command = activePlugins.commands.first(where: { $0.name == bare }) {
            say("\(command.usage)  \(command.summary)")
        } else if let found = activePlugins.definition(of: name) {
            say("\(found.definition.summary)\n    \(found.definition.doc)\n    (from the plugin \(found.plugin.manifest.name))")
        } else if case .function(let function)? = interpreter.value(of: name) ?? REPL.libraryFunction(name) {
            say("\(function.signature)" + (function.doc.isEmpty ? "" : "\n    \(function.doc)"))
        } else if let plugin = try? options.plugins.load(name) {
            output(PluginListing.details(plugin, width: options.terminal.width))
        } else {
            let known = REPL.commands.map(\.name) + Array(SyntaxHighlighter.standardLibraryNames) + Array(activePlugins.definedNames)
            let suggestion = NameSuggestion.closest(to: name, among: known)
            say("Nothing is called \(name)." + (suggestion.map { " Did you mean \($0)?" } ?? " :help lists the commands."))
        }
    }

    /// A plugin's command called `name`, run with `argument`; false when no active plugin has one.
    func runPluginCommand(_ name: String, _ argument: String) -> Bool {
        guard let command = activePlugins.commands.first(where: { $0.name == name }) else { return false }
        command.run(argument, PluginCommandHost(repl: self, plugin: command.plugin))
        return true
    }

    /// A library function by name, for `:help`.
    private static func libraryFunction(_ name: String) -> Value? {
        StandardLibrary.entries.first { $0.name == name }?.value
    }
}

/// What a plugin's command sees of the REPL.
final class PluginCommandHost: PluginCommandContext {
    private let repl: REPL
    let records: PluginRecords?

    init(repl: REPL, plugin: String) {
        self.repl = repl
        self.records = repl.store.map { PluginRecords(plugin: plugin, store: $0) }
    }

    var interpreter: Interpreter { repl.interpreter }
    var terminal: Terminal { repl.options.terminal }
    func write(_ text: String) { repl.output(text) }
    func writeError(_ text: String) { repl.errorOutput(text) }
    func readLine(prompt: String) -> String? {
        if case .line(let line) = repl.reader.read(prompt: prompt) { return line }
        return nil
    }
}
