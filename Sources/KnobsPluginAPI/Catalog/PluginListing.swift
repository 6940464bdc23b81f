/// The text of `knobs plugins` and `:plugins`: the plugins as a table, or one plugin's definitions.
public enum PluginListing {
    /// Each plugin: its name, version and where it comes from, then its summary
    /// wrapped to `width` columns; a plugin whose manifest cannot be read says so.
    public static func table(_ catalog: PluginCatalog, width: Int = 80) -> String {
        guard !catalog.entries.isEmpty else { return "no plugins are installed\n" }
        return catalog.entries.map { entry in
            let head = "\(entry.name) \(entry.manifest?.version ?? "?")  (\(entry.source))"
            let summary = entry.manifest?.summary ?? "its plugin.yaml has problems: knobs plugins \(entry.name) shows them"
            let body = summary.wrapped(width: max(20, width - 4)).split(separator: "\n").map { "    " + $0 }
            return ([head] + body).joined(separator: "\n")
        }.joined(separator: "\n") + "\n"
    }

    /// A plugin's manifest, then every function and value it adds with its signature and documentation,
    /// its object types and its REPL commands.
    public static func details(_ plugin: LoadedPlugin) -> String {
        let manifest = plugin.manifest
        var lines = ["\(manifest.name) \(manifest.version) (plugin API \(manifest.apiVersion), \(plugin.source))", manifest.summary, ""]
        for definition in plugin.definitions {
            lines.append("  " + definition.summary + (definition.summary == definition.name || definition.summary.hasPrefix(definition.name + "(") ? "" : " — " + definition.name))
            if !definition.doc.isEmpty { lines.append("      " + definition.doc) }
        }
        if !plugin.objectTypes.isEmpty {
            lines += ["", "Object types:"]
            for type in plugin.objectTypes {
                lines.append("  \(type.name): \(type.summary)")
                lines += type.members.map { "      .\($0.name): \($0.doc)" }
            }
        }
        if !plugin.datasets.isEmpty {
            lines += ["", "Data sets:"]
            lines += plugin.datasets.map { "  dataset(\"\($0.name)\", n: \($0.count), noise: \(NumberFormatting.shortest($0.noise)))  \($0.doc)" }
        }
        if !plugin.commands.isEmpty {
            lines += ["", "REPL commands:"]
            lines += plugin.commands.map { "  \($0.usage)  \($0.summary)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
