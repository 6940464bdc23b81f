import Foundation
import KnobsLang
import KnobsTerminal

/// Runs knobs code in an interpreter with the plot functions installed, collecting what it prints.
struct PlotRun {
    /// Everything printed, then the REPL value of the last expression, as `knobs eval` shows it.
    var shown: String
    /// The rendered diagnostics, without colour; empty when the run succeeded.
    var diagnostics: String
    var outcome: Interpreter.Outcome

    init(_ code: String, terminal: Terminal = Terminal(width: 80, color: false, unicode: true), limits: Limits = .standard) {
        let output = Collector()
        let interpreter = Interpreter(limits: limits) { output.append($0) }
        PlotLibrary.install(into: interpreter, terminal: terminal)
        outcome = interpreter.run(SourceFile(name: "<eval>", text: code), echo: true)
        shown = output.text
        diagnostics = outcome.diagnostics.isEmpty ? "" : DiagnosticRenderer(color: false).render(outcome.diagnostics)
    }

    /// The first line of the diagnostics.
    var error: String {
        String(diagnostics.split(separator: "\n").first ?? "")
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
