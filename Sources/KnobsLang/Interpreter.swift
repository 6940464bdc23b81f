import Foundation
import KnobsEngine

/// Runs knobs programs: the one entry point the command line, the REPL and the grader use.
///
/// An interpreter keeps its top-level variables between runs, so a REPL or a
/// lesson's cells build on one another. Each run parses, checks and compiles
/// the whole input first (reporting every syntax error at once), then
/// executes it on a thread with a large stack under the ``Limits``.
public final class Interpreter: @unchecked Sendable {
    /// The limits for every run; change them between runs as needed.
    public var limits: Limits {
        get { vm.limits }
        set { vm.limits = newValue }
    }
    /// Set from any thread to stop the running program.
    public let interrupt = InterruptFlag()
    let globals = GlobalTable()
    let vm: VM
    /// The functions ``restoreBuiltins()`` gives back to their names, by name.
    var protectedValues: [String: (slot: Int, value: Value)] = [:]
    private let builtinNames: Set<String>
    private let builtinIndex: [String: Int32]

    /// The native stack of the thread that runs programs.
    static let stackSize = 512 << 20

    /// Creates an interpreter whose programs write their output through `output`.
    public init(limits: Limits = .standard, output: @escaping (String) -> Void) {
        let entries = StandardLibrary.entries
        var index: [String: Int32] = [:]
        for (i, entry) in entries.enumerated() where index[entry.name] == nil {
            index[entry.name] = Int32(i)
        }
        builtinIndex = index
        builtinNames = Set(index.keys)
        vm = VM(globalTable: globals, builtins: entries.map(\.value), builtinIndex: index, limits: limits, interrupt: interrupt, output: output)
    }

    /// The outcome of one run.
    public struct Outcome: Sendable {
        /// The value of the last statement when it is an expression, else nil.
        public var value: Value?
        /// Every problem found; empty on success.
        public var diagnostics: [Diagnostic]

        /// The process exit code the design prescribes: 0, 1 runtime, 2 syntax, 3 limit.
        public var exitCode: Int32 {
            guard let first = diagnostics.first else { return 0 }
            switch first.kind {
            case .syntax: return 2
            case .limit: return 3
            case .runtime, .expectation: return 1
            }
        }
    }

    /// Parses, checks, compiles and runs a program.
    ///
    /// With `echo`, the value of a last expression is also written to the
    /// output, in its short form (``Value/summary``), as a REPL shows it; it
    /// counts against the output limit like everything else printed.
    public func run(_ source: SourceFile, echo: Bool = false) -> Outcome {
        var outcome = Outcome(value: nil, diagnostics: [])
        let job = BigStackJob { [self] in outcome = self.runHere(source, echo: echo) }
        job.runAndWait(stackSize: Interpreter.stackSize)
        return outcome
    }

    /// The names of the top-level variables that hold a value.
    public var variableNames: [String] {
        globals.names.enumerated().compactMap { vm.globals[$0.offset] == nil ? nil : $0.element }
    }

    /// The value of a top-level variable, if it has one.
    public func value(of name: String) -> Value? {
        guard let slot = globals.existingSlot(name) else { return nil }
        return vm.globals[Int(slot)]
    }

    private func runHere(_ source: SourceFile, echo: Bool) -> Outcome {
        let parsed = Parser.parse(source)
        if !parsed.diagnostics.isEmpty {
            return Outcome(value: nil, diagnostics: parsed.diagnostics)
        }
        var analyzer = ScopeAnalyzer(source: source, knownGlobals: Set(variableNames), builtins: builtinNames)
        analyzer.analyze(parsed.statements)
        if !analyzer.diagnostics.isEmpty {
            return Outcome(value: nil, diagnostics: analyzer.diagnostics.sorted { ($0.range?.start ?? 0) < ($1.range?.start ?? 0) })
        }
        let compiler = Compiler(analyzer: analyzer, globals: globals, builtins: builtinIndex)
        let proto = compiler.compileProgram(parsed.statements, name: "<main>")
        vm.beginRun()
        let engine = EngineSettings.current
        engine.maxElements = vm.limits.maxMemory
        engine.recordsGradients = true
        do {
            let value = try vm.execute(proto, closure: nil, base: 0)
            if echo, value != .nil {
                try vm.write(value.summary + "\n")
            }
            return Outcome(value: value, diagnostics: [])
        } catch let trace as ErrorTrace {
            return Outcome(value: nil, diagnostics: [trace.finished])
        } catch let error as RuntimeError {
            return Outcome(value: nil, diagnostics: [Diagnostic(error.kind, error.message, source: source, hint: error.hint)])
        } catch {
            return Outcome(value: nil, diagnostics: [Diagnostic(.runtime, "\(error)", source: source)])
        }
    }
}
