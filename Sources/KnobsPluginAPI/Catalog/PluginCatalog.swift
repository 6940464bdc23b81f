import Foundation

/// Every plugin knobs can find: the built-in ones the executable lists, and
/// script plugins in the folders of the plugin path.
///
/// Finding a plugin reads only its manifest; ``load(_:)`` checks and loads the
/// plugins a lesson names, and reports every problem before a cell runs.
public struct PluginCatalog: @unchecked Sendable {
    /// A plugin that was found.
    public struct Entry: @unchecked Sendable {
        /// The name, or for a script plugin whose manifest cannot be read, its folder's name.
        public let name: String
        /// The manifest, when it could be read.
        public let manifest: PluginManifest?
        public let source: PluginSource
        fileprivate let kind: Kind

        fileprivate enum Kind {
            case compiled(any KnobsPlugin.Type)
            case script
        }
    }

    /// The plugins found, built-in ones first, then by folder in path order.
    public let entries: [Entry]
    /// The terminal the plugins draw for (``PluginHost/terminal``).
    public let terminal: Terminal

    /// Finds the plugins.
    ///
    /// - Parameters:
    ///   - builtIn: the compiled plugins (the executable's list).
    ///   - searchPaths: folders that hold script plugins (each in a subfolder with a
    ///     `plugin.yaml`), or are one; later folders come after earlier ones.
    ///   - terminal: the terminal plugins draw for; by default 80 columns, no colour,
    ///     Unicode, so that a transcript is the same on every machine.
    public init(builtIn: [any KnobsPlugin.Type], searchPaths: [String], terminal: Terminal = Terminal(width: 80, color: false, unicode: true)) {
        self.terminal = terminal
        var entries = builtIn.map { Entry(name: $0.manifest.name, manifest: $0.manifest, source: .builtIn, kind: .compiled($0)) }
        for folder in searchPaths.flatMap(PluginCatalog.pluginFolders) {
            let manifest = try? ScriptManifest.read((folder as NSString).appendingPathComponent(ScriptManifest.fileName)).manifest
            let name = manifest?.name ?? (folder as NSString).lastPathComponent
            entries.append(Entry(name: name, manifest: manifest, source: .folder(folder), kind: .script))
        }
        self.entries = entries
    }

    /// The folders of the plugin path: `KNOBS_PLUGIN_PATH` (separated by `:`), then `plugins/` in the data directory.
    public static func searchPaths(environment: [String: String], dataDirectory: String?) -> [String] {
        let fromEnvironment = (environment["KNOBS_PLUGIN_PATH"] ?? "").split(separator: ":").map(String.init)
        return fromEnvironment + (dataDirectory.map { [($0 as NSString).appendingPathComponent("plugins")] } ?? [])
    }

    /// The names lessons can use.
    public var names: Set<String> { Set(entries.map(\.name)) }

    /// The lesson cell kinds the plugins' manifests list, each with the plugins that list it:
    /// what a lesson parser needs to know of them, read without loading any plugin.
    public var cellKinds: [String: [String]] {
        var kinds: [String: [String]] = [:]
        for entry in entries {
            for kind in entry.manifest?.cellKinds ?? [] { kinds[kind, default: []].append(entry.name) }
        }
        return kinds
    }

    /// Loads the named plugins, in order, checking each and all of them together.
    ///
    /// - Throws: every problem found — an unknown plugin, two plugins with one name,
    ///   an API version mismatch, a manifest or script error (with its file and line),
    ///   two plugins defining one name — as one list.
    public func load(_ names: [String]) throws(DiagnosticList) -> PluginSet {
        var problems: [Diagnostic] = []
        var loaded: [LoadedPlugin] = []
        for name in names {
            do {
                loaded.append(try load(name))
            } catch {
                problems += error.diagnostics
            }
        }
        problems += PluginCatalog.clashes(among: loaded)
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return PluginSet(plugins: loaded)
    }

    /// Loads every plugin that loads cleanly, for the REPL's free mode; the others' problems are returned beside them.
    public func loadAll() -> (plugins: PluginSet, problems: [Diagnostic]) {
        var problems: [Diagnostic] = []
        var loaded: [LoadedPlugin] = []
        for name in entries.map(\.name) where !loaded.contains(where: { $0.manifest.name == name }) {
            do {
                let plugin = try load(name)
                let clashes = PluginCatalog.clashes(among: loaded + [plugin])
                if clashes.isEmpty { loaded.append(plugin) } else { problems += clashes }
            } catch {
                problems += error.diagnostics
            }
        }
        return (PluginSet(plugins: loaded), problems)
    }

    /// One plugin, loaded and checked on its own.
    public func load(_ name: String) throws(DiagnosticList) -> LoadedPlugin {
        let found = entries.filter { $0.name == name }
        guard let entry = found.first else {
            let guess = NameSuggestion.closest(to: name, among: names)
            let installed = names.isEmpty ? "no plugins are installed" : "installed: \(names.sorted().joined(separator: ", "))"
            throw DiagnosticList([Diagnostic(.syntax, "there is no plugin '\(name)'", hint: guess.map { "did you mean '\($0)'?" } ?? installed)])
        }
        guard found.count == 1 else {
            let places = found.map(\.source.description).joined(separator: " and ")
            throw DiagnosticList([Diagnostic(.syntax, "two plugins are called '\(name)': \(places)", hint: "rename one of them in its plugin.yaml")])
        }
        switch entry.kind {
        case .compiled(let type):
            return try PluginCatalog.register(type, terminal: terminal)
        case .script:
            guard case .folder(let folder) = entry.source else { preconditionFailure("a script plugin has a folder") }
            return LoadedPlugin(try ScriptPlugin.load(folder: folder))
        }
    }

    private static func register(_ type: any KnobsPlugin.Type, terminal: Terminal) throws(DiagnosticList) -> LoadedPlugin {
        let manifest = type.manifest
        func refuse(_ message: String, hint: String? = nil) -> DiagnosticList {
            DiagnosticList([Diagnostic(.syntax, "plugin '\(manifest.name)' (built-in): \(message)", hint: hint)])
        }
        guard manifest.apiVersion == PluginAPI.version else {
            throw refuse("it was written for plugin API \(manifest.apiVersion); this knobs offers API \(PluginAPI.version)")
        }
        let host = PluginHost(plugin: manifest.name, terminal: terminal, listedCellKinds: manifest.cellKinds)
        do {
            try type.init().register(into: host)
        } catch {
            throw refuse("it failed to register: \(error)")
        }
        let unadded = host.unaddedCellKinds.map { "its manifest lists the cell kind '\($0)', which it does not add" }
        guard host.problems.isEmpty, unadded.isEmpty else { throw refuse((host.problems + unadded).joined(separator: "; ")) }
        return LoadedPlugin(manifest, host: host)
    }

    /// Two plugins that define one name, one command or one cell kind: reported at the second one's
    /// definition when it is a script plugin's, with a note on where the first defines it.
    private static func clashes(among plugins: [LoadedPlugin]) -> [Diagnostic] {
        var owner: [String: LoadedPlugin] = [:]
        var problems: [Diagnostic] = []
        for plugin in plugins {
            let names = plugin.definitions.map(\.name) + plugin.commands.map { ":" + $0.name } + plugin.datasets.map { "dataset(\"\($0.name)\")" }
                + plugin.cellKinds.map { "```knobs \($0.name)" }
            for name in names {
                guard let first = owner[name] else {
                    owner[name] = plugin
                    continue
                }
                let message = "plugins '\(first.manifest.name)' and '\(plugin.manifest.name)' both define '\(name)'"
                let hint = "a lesson can use only one of them (\(first.source) and \(plugin.source))"
                var problem = plugin.places[name].map { $0.file.problem(message, line: $0.line, column: 1, hint: hint) }
                    ?? Diagnostic(.syntax, message, hint: hint)
                if let place = first.places[name] {
                    problem.notes.append("'\(first.manifest.name)' defines it at \(place.file.name):\(place.line)")
                }
                problems.append(problem)
            }
        }
        return problems
    }

    /// The plugin folders in `path`: itself when it has a manifest, else its subfolders that have one, by name.
    private static func pluginFolders(in path: String) -> [String] {
        let files = FileManager.default
        let manifest = { (folder: String) in files.fileExists(atPath: (folder as NSString).appendingPathComponent(ScriptManifest.fileName)) }
        if manifest(path) { return [path] }
        let children = (try? files.contentsOfDirectory(atPath: path)) ?? []
        return children.sorted().map { (path as NSString).appendingPathComponent($0) }.filter(manifest)
    }
}
