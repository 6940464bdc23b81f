/// The plugins one lesson (or the REPL's free mode) uses, loaded and checked against one another.
public struct PluginSet: Sendable {
    public let plugins: [LoadedPlugin]

    /// No plugins.
    public static let empty = PluginSet(plugins: [])

    init(plugins: [LoadedPlugin]) {
        self.plugins = plugins
    }

    /// Gives `interpreter` every plugin's functions and values, in the plugins' order.
    public func install(into interpreter: Interpreter) {
        for plugin in plugins { plugin.install(interpreter) }
    }

    /// The names of the plugins.
    public var names: [String] { plugins.map(\.manifest.name) }

    /// Every name the plugins add to the language.
    public var definedNames: Set<String> { Set(plugins.flatMap { $0.definitions.map(\.name) }) }

    /// What a name means, and which plugin added it.
    public func definition(of name: String) -> (plugin: LoadedPlugin, definition: PluginFunctionDoc)? {
        for plugin in plugins {
            if let found = plugin.definitions.first(where: { $0.name == name }) { return (plugin, found) }
        }
        return nil
    }

    /// Every REPL command the plugins add.
    public var commands: [PluginCommand] { plugins.flatMap(\.commands) }
}
