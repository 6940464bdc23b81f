import KnobsPluginAPI

/// The overfitting plugin: more parameters are not always better.
///
/// Polynomials of every degree through a few noisy points (`polyfit`,
/// `degree_sweep`, `show_fit`), a big network on the same few points
/// (`overfit_net`), and the remedies, each a one-line experiment: a ridge
/// penalty or weight decay, early stopping, more data (`learning_curve`),
/// fewer parameters, cleaner labels (`add_noise`), and cross-validation to
/// choose (`kfold`, `cross_val`). The data set `dataset("cubic")` is a few
/// noisy points on a cubic. Everything draws from the run's seeded generator.
public struct OverfittingPlugin: KnobsPlugin {
    public static let manifest = PluginManifest(
        name: "overfitting", version: "1.0.0",
        summary: "Overfitting made visible: polynomial degree sweeps, a network that memorises, and the remedies.")

    public init() {}

    public func register(into host: PluginHost) throws {
        for function in OverfittingPlugin.functions(terminal: host.terminal) { host.define(function) }
        for doc in [PolynomialObject.documentation, SweepReport.documentation, NetworkReport.documentation, CurveReport.documentation] {
            host.objectType(doc)
        }
        host.dataset(CubicData.recipe)
    }

    /// Every function the plugin adds, drawing for `terminal`.
    static func functions(terminal: Terminal) -> [Function] {
        CurveFunctions(terminal: terminal).functions + NetworkFunctions(terminal: terminal).functions
            + ValidationFunctions(terminal: terminal).functions + DataFunctions().functions
    }
}
