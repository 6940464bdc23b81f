import KnobsPluginAPI

/// The optimizers plugin: SGD with momentum, Adagrad, RMSprop, Adam, AdamW and
/// Lion with PyTorch's names and defaults; learning-rate schedules; test surfaces
/// to race optimizers on; and compare_optimizers for networks.
public struct OptimizersPlugin: KnobsPlugin {
    public static let manifest = PluginManifest(
        name: "optimizers", version: "1.0.0",
        summary: "SGD with momentum, Adagrad, RMSprop, Adam, AdamW and Lion; learning-rate schedules; optimizer races on test surfaces.")

    public init() {}

    public func register(into host: PluginHost) throws {
        for (name, value) in OptimizersLibrary.functions(terminal: host.terminal) {
            guard case .function(let function) = value else { continue }
            host.define(function, replacesLibrary: name == "sgd")
        }
        for type in OptimizersLibrary.objectTypes {
            host.objectType(ObjectTypeDoc(name: type.name, summary: type.summary, members: type.members))
        }
    }
}
