import Foundation
import Yams

/// A script plugin's `plugin.yaml`: name, version, api, summary and the `.knobs` files, in order.
///
/// ```yaml
/// name: sign-sgd
/// version: 1.0.0
/// api: 1
/// summary: signSGD, an optimizer that uses only the sign of each gradient.
/// files: [sign_sgd.knobs]
/// ```
struct ScriptManifest {
    static let fileName = "plugin.yaml"
    static let keys = ["name", "version", "api", "summary", "files"]

    var manifest: PluginManifest
    /// The code files, relative to the plugin's folder.
    var files: [String]
    /// The manifest's text, for problems found after reading it.
    var source: SourceFile
    /// The 1-based line and column of the `api:` value, where a version mismatch is reported.
    var apiPosition: (line: Int, column: Int)

    /// Reads the manifest at `path`; every problem in it is thrown at once, with its line and column.
    static func read(_ path: String) throws(DiagnosticList) -> ScriptManifest {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticList([Diagnostic(.syntax, "cannot read the plugin manifest", source: SourceFile(name: path, text: ""))])
        }
        let source = SourceFile(name: path, text: String(decoding: data, as: UTF8.self))
        var reader = Reader(source: source)
        let manifest = reader.read()
        guard let manifest, reader.problems.isEmpty else { throw DiagnosticList(reader.problems) }
        return manifest
    }

    /// Turns the YAML into a manifest, collecting problems at their lines.
    private struct Reader {
        let source: SourceFile
        var problems: [Diagnostic] = []

        mutating func read() -> ScriptManifest? {
            let root: Node?
            do {
                root = try Yams.compose(yaml: source.text)
            } catch let YamlError.scanner(_, problem, mark, _), let YamlError.parser(_, problem, mark, _) {
                self.problem("the manifest is not valid YAML: \(problem)", line: mark.line, column: mark.column)
                return nil
            } catch {
                self.problem("the manifest is not valid YAML: \(error)", line: 1, column: 1)
                return nil
            }
            guard let mapping = root?.mapping else {
                problem("a plugin manifest is a mapping of name, version, api, summary and files", line: 1, column: 1,
                        hint: "write name: my-plugin on the first line")
                return nil
            }
            var values: [String: Node] = [:]
            for (key, value) in mapping {
                guard let name = key.string, ScriptManifest.keys.contains(name) else {
                    let name = key.string ?? "?"
                    let guess = NameSuggestion.closest(to: name, among: ScriptManifest.keys)
                    problem("unknown manifest key '\(name)'", at: key,
                            hint: guess.map { "did you mean '\($0)'?" } ?? "the keys are: \(ScriptManifest.keys.joined(separator: ", "))")
                    continue
                }
                values[name] = value
            }
            for key in ScriptManifest.keys where values[key] == nil {
                problem("the manifest has no \(key)", line: 1, column: 1, hint: "add a line \(key): …")
            }
            let name = text(values["name"], "name")
            if let name, let node = values["name"], !PluginAPI.isValidName(name) {
                problem("'\(name)' cannot name a plugin", at: node, hint: "use lower-case letters, digits and '-', starting with a letter")
            }
            let version = text(values["version"], "version")
            let summary = text(values["summary"], "summary")
            var api: Int?
            var apiPosition = (line: 1, column: 1)
            if let node = values["api"] {
                api = node.int
                apiPosition = (node.mark?.line ?? 1, node.mark?.column ?? 1)
                if api == nil || node.tag.rawValue != Tag.Name.int.rawValue {
                    problem("api is the plugin API version, a whole number", at: node, hint: "this knobs offers api: \(PluginAPI.version)")
                }
            }
            var files: [String] = []
            if let node = values["files"] {
                if let items = node.sequence, !items.isEmpty {
                    files = items.compactMap { text($0, "a file") }
                } else {
                    problem("files is a list of the plugin's .knobs files", at: node, hint: "files: [main.knobs]")
                }
            }
            guard let name, let version, let summary, let api, problems.isEmpty else { return nil }
            return ScriptManifest(manifest: PluginManifest(name: name, version: version, apiVersion: api, summary: summary),
                                  files: files, source: source, apiPosition: apiPosition)
        }

        private mutating func text(_ node: Node?, _ what: String) -> String? {
            guard let node else { return nil }
            guard let scalar = node.scalar, !scalar.string.isEmpty else {
                problem("\(what) must be text", at: node)
                return nil
            }
            return scalar.string
        }

        private mutating func problem(_ message: String, at node: Node, hint: String? = nil) {
            problem(message, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, hint: hint)
        }

        private mutating func problem(_ message: String, line: Int, column: Int, hint: String? = nil) {
            problems.append(source.problem(message, line: line, column: column, hint: hint))
        }
    }
}
