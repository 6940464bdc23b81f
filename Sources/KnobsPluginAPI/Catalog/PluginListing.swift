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
    /// its object types, data sets, cell kinds and REPL commands, each wrapped to `width` columns under its own indent.
    public static func details(_ plugin: LoadedPlugin, width: Int = 80) -> String {
        let manifest = plugin.manifest
        func block(_ text: String, indent: Int, hanging: Int) -> [String] {
            if indent + DisplayWidth.of(text) <= width { return [String(repeating: " ", count: indent) + text] }
            let lines = text.wrapped(width: max(20, width - hanging)).split(separator: "\n", omittingEmptySubsequences: false)
            return lines.enumerated().map { index, line in String(repeating: " ", count: index == 0 ? indent : hanging) + line }
        }
        var lines = block("\(manifest.name) \(manifest.version) (plugin API \(manifest.apiVersion), \(plugin.source))", indent: 0, hanging: 2)
        lines += block(manifest.summary, indent: 0, hanging: 0) + [""]
        for definition in plugin.definitions {
            let named = definition.summary == definition.name || definition.summary.hasPrefix(definition.name + "(")
            lines += block(definition.summary + (named ? "" : " — " + definition.name), indent: 2, hanging: 4)
            if !definition.doc.isEmpty { lines += block(definition.doc, indent: 6, hanging: 6) }
        }
        if !plugin.objectTypes.isEmpty {
            lines += ["", "Object types:"]
            for type in plugin.objectTypes {
                lines += block("\(type.name): \(type.summary)", indent: 2, hanging: 4)
                for member in type.members { lines += block(".\(member.name): \(member.doc)", indent: 6, hanging: 8) }
            }
        }
        if !plugin.datasets.isEmpty {
            lines += ["", "Data sets:"]
            for recipe in plugin.datasets {
                lines += block("dataset(\"\(recipe.name)\", n: \(recipe.count), noise: \(NumberFormatting.shortest(recipe.noise)))  \(recipe.doc)",
                               indent: 2, hanging: 4)
            }
        }
        if !plugin.cellKinds.isEmpty {
            lines += ["", "Lesson cell kinds:"]
            for kind in plugin.cellKinds { lines += block("```knobs \(kind.name)  \(kind.summary)", indent: 2, hanging: 4) }
        }
        if !plugin.commands.isEmpty {
            lines += ["", "REPL commands:"]
            for command in plugin.commands { lines += block("\(command.usage)  \(command.summary)", indent: 2, hanging: 4) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
