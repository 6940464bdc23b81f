import Foundation
import KnobsLang
import KnobsTerminal
import OptimizersPlugin

/// Runs knobs code in an interpreter with the plugin's functions defined, as a
/// host does, collecting what it prints.
struct KnobsRun {
    /// Everything printed, then the value of the last expression, as `knobs eval` shows it.
    var shown: String
    /// The rendered diagnostics, without colour; empty when the run succeeded.
    var diagnostics: String
    var outcome: Interpreter.Outcome
    let interpreter: Interpreter

    static let plain = Terminal(width: 80, color: false, unicode: true)

    init(_ code: String, terminal: Terminal = KnobsRun.plain, limits: Limits = .standard) {
        let output = Collector()
        interpreter = Interpreter(limits: limits) { output.append($0) }
        OptimizersLibrary.install(into: interpreter, terminal: terminal)
        outcome = interpreter.run(SourceFile(name: "<eval>", text: code), echo: true)
        shown = output.text
        diagnostics = outcome.diagnostics.isEmpty ? "" : DiagnosticRenderer(color: false).render(outcome.diagnostics)
    }

    /// The first line of the diagnostics.
    var error: String {
        String(diagnostics.split(separator: "\n").first ?? "")
    }

    /// The optimizer a top-level variable holds.
    func optimizer(_ name: String) -> OptimizerObject? {
        if case .object(let object as OptimizerObject)? = interpreter.value(of: name) { return object }
        return nil
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
