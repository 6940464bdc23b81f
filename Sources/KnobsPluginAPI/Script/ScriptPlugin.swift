import Foundation

/// A plugin written in knobs: a folder with a `plugin.yaml` and `.knobs` files.
///
/// Loading one reads its manifest and runs its files once in a scratch
/// interpreter, so that a syntax or runtime error is reported with its file
/// and line before any lesson cell runs. Installing it runs the files again in
/// the learner's interpreter: what they define at the top level becomes the
/// plugin's, and its functions are protected from rebinding in checks.
struct ScriptPlugin {
    let folder: String
    let manifest: PluginManifest
    let files: [SourceFile]
    /// The top-level names the files define, with the documentation of the functions among them.
    let definitions: [PluginFunctionDoc]
    /// The file and 1-based line where each of those names is first defined.
    let places: [String: (file: SourceFile, line: Int)]

    /// Reads and checks the plugin in `folder`.
    static func load(folder: String) throws(DiagnosticList) -> ScriptPlugin {
        let manifestPath = (folder as NSString).appendingPathComponent(ScriptManifest.fileName)
        let read = try ScriptManifest.read(manifestPath)
        guard read.manifest.apiVersion == PluginAPI.version else {
            throw DiagnosticList([read.source.problem(
                "plugin '\(read.manifest.name)' was written for plugin API \(read.manifest.apiVersion); this knobs offers API \(PluginAPI.version)",
                line: read.apiPosition.line, column: read.apiPosition.column, hint: "ask its author for a version for API \(PluginAPI.version)")])
        }
        var files: [SourceFile] = []
        var problems: [Diagnostic] = []
        for name in read.files {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                problems.append(Diagnostic(.syntax, "plugin '\(read.manifest.name)' lists '\(name)', which cannot be read",
                                           source: SourceFile(name: manifestPath, text: ""), hint: "the files are relative to \(folder)"))
                continue
            }
            files.append(SourceFile(name: path, text: text))
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        let scratch = Interpreter(limits: .standard, output: { _ in })
        for file in files {
            let outcome = scratch.run(file)
            guard outcome.diagnostics.isEmpty else {
                throw DiagnosticList(outcome.diagnostics.map { diagnostic in
                    var diagnostic = diagnostic
                    diagnostic.notes.append("in plugin '\(read.manifest.name)' (\(manifestPath))")
                    return diagnostic
                })
            }
        }
        let docs = files.map(FunctionComments.init)
        let taken = scratch.variableNames.filter(Interpreter.libraryNames.contains)
        guard taken.isEmpty else {
            throw DiagnosticList(taken.map { name in
                let place = docs.lazy.compactMap { found in found.line(of: name).map { (found.file, $0) } }.first
                let message = "plugin '\(read.manifest.name)' defines '\(name)', a library function"
                let hint = "give it a name of its own; only a compiled plugin may replace a library function"
                guard let (file, line) = place else { return Diagnostic(.syntax, message, source: SourceFile(name: manifestPath, text: ""), hint: hint) }
                return file.problem(message, line: line, column: 1, hint: hint)
            })
        }
        let definitions = scratch.variableNames.map { name in
            let value = scratch.value(of: name)
            let doc = docs.lazy.compactMap { $0.doc(of: name) }.first ?? ""
            return PluginFunctionDoc(name: name, summary: value.map(Self.describe) ?? name, doc: doc)
        }
        var places: [String: (file: SourceFile, line: Int)] = [:]
        for definition in definitions {
            places[definition.name] = docs.lazy.compactMap { found in found.line(of: definition.name).map { (found.file, $0) } }.first
        }
        return ScriptPlugin(folder: folder, manifest: read.manifest, files: files, definitions: definitions, places: places)
    }

    /// How `knobs plugins NAME` shows a definition: a function's signature, else the value's type.
    private static func describe(_ value: Value) -> String {
        if case .function(let function) = value { return function.signature.description }
        return value.describedType
    }

    /// Runs the plugin's files in `interpreter` and protects the functions they define.
    func install(into interpreter: Interpreter) {
        for file in files { _ = interpreter.run(file) }
        for definition in definitions {
            if case .function? = interpreter.value(of: definition.name) { interpreter.protect(definition.name) }
        }
    }
}
