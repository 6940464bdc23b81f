import Foundation
import KnobsPluginAPI

/// A compiled plugin for the tests: one function, one command.
struct TwicePlugin: KnobsPlugin {
    static let manifest = PluginManifest(name: "twice", version: "1.0.0", summary: "Doubles numbers.")

    func register(into host: PluginHost) throws {
        host.function(Signature("twice", "x"), doc: "Two times x: twice(3) is 6.") { args, _ in
            .number(2 * (try args.number(0, "twice")))
        }
        host.objectType(ObjectTypeDoc(name: "pair", summary: "Two numbers."))
        host.dataset(DatasetRecipe(name: "steps", doc: "y = 2x at x = 0, 1, 2, ….", count: 3, noise: 0) { count, noise, random in
            let x = (0..<count).map { Double($0) }
            return try Dataset(x: Tensor(x, shape: [count, 1]), y: Tensor(x.map { 2 * $0 + noise * random.normal() }, shape: [count]))
        })
        host.command(PluginCommand(name: "double", usage: ":double N", summary: "Prints 2N.") { argument, context in
            context.write(String(2 * (Double(argument) ?? 0)))
        })
    }
}

/// A plugin that replaces the library's `sgd`, as the optimizers plugin does.
struct ReplacingPlugin: KnobsPlugin {
    static let manifest = PluginManifest(name: "replacing", version: "1.0.0", summary: "Replaces sgd.")
    func register(into host: PluginHost) throws {
        host.function(Signature("sgd", options: ["lr": .number(0.1)]), doc: "A replaced sgd.", replacesLibrary: true) { _, _ in
            .string("the plugin's sgd")
        }
    }
}

/// A plugin that defines the library's `mean` without saying it replaces it.
struct UnannouncedPlugin: KnobsPlugin {
    static let manifest = PluginManifest(name: "unannounced", version: "1.0.0", summary: "Takes mean.")
    func register(into host: PluginHost) throws {
        host.function(Signature("mean", "xs"), doc: "Not the mean.") { _, _ in .number(0) }
    }
}

/// A plugin written for an API that does not exist yet.
struct FuturePlugin: KnobsPlugin {
    static let manifest = PluginManifest(name: "future", version: "9.0.0", apiVersion: 99, summary: "Too new.")
    func register(into host: PluginHost) throws {}
}

/// A plugin that also defines `twice`.
struct OtherTwicePlugin: KnobsPlugin {
    static let manifest = PluginManifest(name: "other-twice", version: "1.0.0", summary: "Doubles too.")
    func register(into host: PluginHost) throws {
        host.function(Signature("twice", "x"), doc: "Also doubles.") { args, _ in args[0] }
    }
}

enum Fixtures {
    /// The folder of script plugins the tests use.
    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures").path
    /// The repository's example script plugins.
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Plugins/Examples").path

    static func catalog(_ builtIn: [any KnobsPlugin.Type] = [TwicePlugin.self], paths: [String] = [folder]) -> PluginCatalog {
        PluginCatalog(builtIn: builtIn, searchPaths: paths)
    }

    /// The diagnostics a load throws; fails the test when it does not throw.
    static func problems(loading names: [String], from catalog: PluginCatalog) -> [Diagnostic] {
        do {
            _ = try catalog.load(names)
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// Runs `code` in `interpreter` and gives the value or the first problem's message.
    static func run(_ code: String, in interpreter: Interpreter) -> String {
        let outcome = interpreter.run(SourceFile(name: "<test>", text: code))
        if let problem = outcome.diagnostics.first { return "error: \(problem.message)" }
        return outcome.value?.summary ?? "nil"
    }
}
