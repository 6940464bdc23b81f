import ArgumentParser
import KnobsLang

/// The limits on untrusted code, shared by every command that runs knobs code.
struct LimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Stop after this many steps (loop iterations and calls).", valueName: "n"))
    var maxSteps: Int = Limits.standard.maxSteps

    @Option(help: ArgumentHelp("Stop when calls nest deeper than this.", valueName: "n"))
    var maxDepth: Int = Limits.standard.maxDepth

    @Option(help: ArgumentHelp("Stop when one value holds more cells than this (list items, record fields, string bytes).", valueName: "n"))
    var maxMemory: Int = Limits.standard.maxMemory

    @Option(help: ArgumentHelp("Stop after this many seconds.", valueName: "seconds"))
    var timeout: Double = Limits.standard.timeout

    @Option(help: ArgumentHelp("Stop when the program has printed more bytes than this.", valueName: "bytes"))
    var maxOutput: Int = Limits.standard.maxOutput

    @Option(help: ArgumentHelp("Stop when the whole process uses more memory than this many MiB.", valueName: "MiB"))
    var maxResident: Int = Limits.standard.maxResident >> 20

    func validate() throws {
        for (name, value) in [("--max-steps", maxSteps), ("--max-depth", maxDepth), ("--max-memory", maxMemory), ("--max-output", maxOutput), ("--max-resident", maxResident)] where value < 1 {
            throw ValidationError("\(name) must be at least 1, got \(value)")
        }
        guard timeout > 0, timeout.isFinite else {
            throw ValidationError("--timeout must be a positive number of seconds, got \(timeout)")
        }
        guard maxDepth <= 100_000 else {
            throw ValidationError("--max-depth can be at most 100000, got \(maxDepth)")
        }
    }

    var limits: Limits {
        Limits(maxSteps: maxSteps, maxDepth: maxDepth, maxMemory: maxMemory, timeout: timeout, maxOutput: maxOutput,
               maxResident: maxResident.multipliedReportingOverflow(by: 1 << 20).overflow ? .max : maxResident << 20)
    }
}
