import Foundation
import KnobsPluginAPI

/// The compiled plugin of docs/PLUGINS.md, "Lesson cell kinds", as written there: it adds the kind `tally`.
public struct TallyPlugin: KnobsPlugin {
    public static let manifest = PluginManifest(name: "tally", version: "1.0.0", summary: "Counts as bars.", cellKinds: ["tally"])

    public init() {}

    public func register(into host: PluginHost) throws {
        host.cellKind(PluginCellKind(name: "tally", summary: "Counts drawn as bars: one NAME N a line.") { text, terminal in
            try text.split(separator: "\n").enumerated().map { index, line in
                let words = line.split(separator: " ")
                guard words.count == 2, let count = Int(words[1]) else {
                    throw CellContentProblem("'\(line)' is not a name and a count", line: index + 1, hint: "write apples 3")
                }
                return words[0] + " " + String(repeating: terminal.unicode ? "█" : "#", count: min(count, terminal.width - words[0].count - 1))
            }.joined(separator: "\n")
        })
    }
}

/// A plugin whose manifest lists a kind it never adds.
struct ListsUnaddedKindPlugin: KnobsPlugin {
    static let manifest = PluginManifest(name: "lists-unadded", version: "1.0.0", summary: "Promises a kind.", cellKinds: ["ghost"])
    func register(into host: PluginHost) throws {}
}

/// A plugin that adds kinds it may not: one its manifest does not list, a built-in word, a bad name.
struct BadKindsPlugin: KnobsPlugin {
    static let manifest = PluginManifest(name: "bad-kinds", version: "1.0.0", summary: "Adds kinds badly.", cellKinds: ["check", "Big"])
    func register(into host: PluginHost) throws {
        for name in ["unlisted", "check", "Big"] {
            host.cellKind(PluginCellKind(name: name, summary: "Nothing.") { text, _ in text })
        }
    }
}

/// Another plugin that adds `tally`.
struct OtherTallyPlugin: KnobsPlugin {
    static let manifest = PluginManifest(name: "other-tally", version: "1.0.0", summary: "Tallies too.", cellKinds: ["tally"])
    func register(into host: PluginHost) throws {
        host.cellKind(PluginCellKind(name: "tally", summary: "Also tallies.") { text, _ in text })
    }
}
