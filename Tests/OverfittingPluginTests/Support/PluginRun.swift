import Foundation
import KnobsPluginAPI
import OverfittingPlugin

/// Runs knobs code with the overfitting plugin loaded, as `knobs run` would: 80 columns, no colour.
struct PluginRun {
    /// Everything printed, then the value of the last line.
    var shown: String
    /// The first problem, rendered without colour; empty when the run succeeded.
    var diagnostics: String

    static let plain = Terminal(width: 80, color: false, unicode: true)

    init(_ code: String, terminal: Terminal = PluginRun.plain) throws {
        let output = Collector()
        // What is drawn, not how fast: a wall-clock limit that a sanitizer's slowdown cannot meet.
        let interpreter = Interpreter(limits: Limits(timeout: 600)) { output.append($0) }
        let catalog = PluginCatalog(builtIn: [OverfittingPlugin.self], searchPaths: [], terminal: terminal)
        try catalog.load(["overfitting"]).install(into: interpreter)
        let outcome = interpreter.run(SourceFile(name: "<test>", text: code), echo: true)
        shown = output.text
        diagnostics = outcome.diagnostics.isEmpty ? "" : DiagnosticRenderer(color: false).render(Array(outcome.diagnostics.prefix(1)))
    }

    /// Collects output from the interpreter's thread.
    final class Collector: @unchecked Sendable {
        private let lock = NSLock()
        private var collected = ""

        func append(_ text: String) {
            lock.lock()
            collected += text
            lock.unlock()
        }

        var text: String {
            lock.lock()
            defer { lock.unlock() }
            return collected
        }
    }
}
