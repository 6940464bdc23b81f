import Foundation
import Testing

/// The rule that keeps plugins apart: a built-in plugin sees knobs only through
/// `KnobsPluginAPI` — never another plugin, the REPL or the executable —
/// checked on its source and on its target in `Package.swift`.
@Suite("Plugin boundary")
struct PluginBoundaryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// What a plugin's file may import: the plugin API, and the system's Foundation.
    static let allowed: Set<String> = ["KnobsPluginAPI", "Foundation"]

    /// Every Swift file under `Plugins/`, relative to the repository.
    static let sources: [String] = {
        let plugins = root.appendingPathComponent("Plugins")
        let files = FileManager.default.enumerator(atPath: plugins.path)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".swift") }.sorted().map { "Plugins/" + $0 }
    }()

    @Test("every file of a plugin imports KnobsPluginAPI and Foundation only")
    func imports() throws {
        #expect(Self.sources.count > 50, "the plugins' sources were not found under \(Self.root.path)/Plugins")
        let importLine = try Regex(#"^\s*(?:@\w+\s+)*import\s+(?:(?:struct|class|enum|func|var|protocol)\s+)?(\w+)"#)
        for file in Self.sources {
            let text = try String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard let match = line.firstMatch(of: importLine), let module = match.output[1].substring else { continue }
                #expect(Self.allowed.contains(String(module)), "\(file):\(number + 1) imports \(module)")
            }
        }
    }

    @Test("every plugin target in Package.swift depends on KnobsPluginAPI alone")
    func targets() throws {
        let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let target = try Regex(#"\.target\(\s*name:\s*"(\w+)",\s*dependencies:\s*\[([^\]]*)\],\s*path:\s*"Plugins/"#)
        let found = manifest.matches(of: target).compactMap { match -> (String, String)? in
            guard let name = match.output[1].substring, let dependencies = match.output[2].substring else { return nil }
            return (String(name), String(dependencies))
        }
        // Each target under Plugins/ must be written as `.target(name:, dependencies:, path:` for this check to read it.
        #expect(found.count == manifest.matches(of: #/path:\s*"Plugins//#).count, "a plugin target this test cannot read: \(found)")
        #expect(Set(found.map(\.0)).isSuperset(of: ["DutchQuizPlugin", "OptimizersPlugin", "OverfittingPlugin"]), "\(found)")
        for (name, dependencies) in found {
            #expect(dependencies.trimmingCharacters(in: .whitespaces) == "\"KnobsPluginAPI\"", "\(name) depends on \(dependencies)")
        }
    }
}
