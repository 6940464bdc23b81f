/// A plugin that loaded: what it adds, and how to install it into an interpreter.
public struct LoadedPlugin: @unchecked Sendable {
    public let manifest: PluginManifest
    public let source: PluginSource
    /// Everything it adds to the language, in the order it added them.
    public let definitions: [PluginFunctionDoc]
    public let objectTypes: [ObjectTypeDoc]
    public let commands: [PluginCommand]
    /// The data sets it adds to `dataset("…")`.
    public let datasets: [DatasetRecipe]
    /// The lesson cell kinds it adds (a script plugin adds none).
    public let cellKinds: [PluginCellKind]
    /// Where a script plugin defines each of its names (file and 1-based line); empty for a compiled plugin.
    let places: [String: (file: SourceFile, line: Int)]
    let install: (Interpreter) -> Void

    /// A compiled plugin, registered.
    init(_ manifest: PluginManifest, host: PluginHost) {
        self.manifest = manifest
        self.source = .builtIn
        self.definitions = host.functions.map { entry in
            let replaces = entry.replacesLibrary ? " It takes the place of the library's \(entry.name)." : ""
            return PluginFunctionDoc(name: entry.name, summary: entry.function.signature.description, doc: entry.function.doc + replaces)
        }
        self.objectTypes = host.objectTypes
        self.commands = host.commands
        self.datasets = host.datasets
        self.cellKinds = host.cellKinds
        self.places = [:]
        let functions = host.functions, datasets = host.datasets
        self.install = { interpreter in
            for entry in functions { interpreter.define(entry.name, .function(entry.function), protected: true) }
            for recipe in datasets { interpreter.addDataset(recipe) }
        }
    }

    /// A script plugin, checked.
    init(_ script: ScriptPlugin) {
        self.manifest = script.manifest
        self.source = .folder(script.folder)
        self.definitions = script.definitions
        self.objectTypes = []
        self.commands = []
        self.datasets = []
        self.cellKinds = []
        self.places = script.places
        self.install = script.install(into:)
    }
}
