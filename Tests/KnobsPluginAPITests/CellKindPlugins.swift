import Foundation
import KnobsPluginAPI

/// A compiled plugin that adds the lesson cell kind `tally`: each line `NAME N` drawn as a
/// bar of N marks (`#` without Unicode), names aligned; a line without a count is bad content.
struct TallyPlugin: KnobsPlugin {
    static let manifest = PluginManifest(name: "tally", version: "1.0.0", summary: "Draws tallies.", cellKinds: ["tally"])

    func register(into host: PluginHost) throws {
        host.cellKind(PluginCellKind(name: "tally", summary: "Counts drawn as bars: one NAME N a line.") { text, terminal in
            var rows: [(String, Int)] = []
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let words = line.split(separator: " ")
                guard words.count == 2, let count = Int(words[1]), count >= 0 else {
                    throw CellContentProblem("'\(line)' is not a name and a count", line: index + 1, hint: "write a name and a whole number: apples 3")
                }
                rows.append((String(words[0]), count))
            }
            let names = rows.map(\.0.count).max() ?? 0
            let mark = terminal.unicode ? "█" : "#"
            return rows.map { $0.0.padding(toLength: names, withPad: " ", startingAt: 0) + " " + String(repeating: mark, count: min($0.1, terminal.width - names - 1)) }
                .joined(separator: "\n")
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
