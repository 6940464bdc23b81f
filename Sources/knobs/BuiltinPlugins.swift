import DutchQuizPlugin
import Foundation
import KnobsPluginAPI
import KnobsStore
import OptimizersPlugin
import OverfittingPlugin

/// The plugins compiled into knobs — the one place that lists them — and the
/// catalog of those plus the script plugins on the plugin path.
enum BuiltinPlugins {
    static var all: [any KnobsPlugin.Type] { [OptimizersPlugin.self, OverfittingPlugin.self, DutchQuizPlugin.self] }

    /// The built-in plugins and the script plugins in `KNOBS_PLUGIN_PATH` and the data directory's `plugins/`,
    /// drawing for `terminal` (by default 80 columns without colour, the same on every machine).
    static func catalog(environment: [String: String] = ProcessInfo.processInfo.environment,
                        terminal: Terminal = Terminal(width: 80, color: false, unicode: true)) -> PluginCatalog {
        let data = try? DataDirectory.resolve(environment: environment).url.path
        return PluginCatalog(builtIn: all, searchPaths: PluginCatalog.searchPaths(environment: environment, dataDirectory: data), terminal: terminal)
    }
}

extension BuiltinPlugins {
    /// Every plugin that loads, for free code (`knobs eval`, the REPL with no lesson open);
    /// the problems of the others are written to standard error as warnings.
    static func loadAll(terminal: Terminal, warningAbout consequence: String) -> PluginSet {
        let (plugins, problems) = catalog(terminal: terminal).loadAll()
        if !problems.isEmpty {
            let renderer = DiagnosticRenderer(color: Console.standardError.usesColor)
            Console.standardError.write(renderer.render(problems) + "warning: \(problems.count == 1 ? "that plugin has a problem" : "those plugins have problems"); \(consequence)\n")
        }
        return plugins
    }
}
