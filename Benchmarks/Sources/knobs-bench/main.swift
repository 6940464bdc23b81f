// knobs-bench: times knobs programs in process, without process start-up.
//
//   knobs-bench [--runs N] [--warmup N] [--show-output] FILE.knobs...
//
// Each run uses a fresh Interpreter (created outside the timed region) and
// times `interpreter.run(SourceFile(...))`: parsing, scope analysis,
// compilation and execution, as `knobs eval -f FILE` does after start-up.
// Prints one tab-separated line per file on stdout:
//
//   name <TAB> best_ms <TAB> median_ms <TAB> runs
//
// and exits with status 1 if a program reports any diagnostic.

import Foundation
import KnobsLang

struct Options {
    var runs = 10
    var warmup = 1
    var showOutput = false
    var files: [String] = []
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("knobs-bench: \(message)\n".utf8))
    exit(2)
}

func parseOptions(_ arguments: [String]) -> Options {
    var options = Options()
    var rest = arguments[...]
    func count(after flag: String) -> Int {
        guard let text = rest.popFirst(), let n = Int(text), n >= 0 else {
            fail("\(flag) needs a whole number")
        }
        return n
    }
    while let argument = rest.popFirst() {
        switch argument {
        case "--runs": options.runs = max(1, count(after: argument))
        case "--warmup": options.warmup = count(after: argument)
        case "--show-output": options.showOutput = true
        case "-h", "--help":
            print("usage: knobs-bench [--runs N] [--warmup N] [--show-output] FILE.knobs...")
            exit(0)
        default:
            if argument.hasPrefix("-") { fail("unknown option \(argument)") }
            options.files.append(argument)
        }
    }
    if options.files.isEmpty { fail("no program given (try --help)") }
    return options
}

/// Collects a program's output; written from the interpreter's thread and read after `run` returns.
final class OutputBuffer: @unchecked Sendable {
    var text = ""
}

func milliseconds(_ d: Duration) -> Double {
    let (seconds, attoseconds) = d.components
    return Double(seconds) * 1e3 + Double(attoseconds) * 1e-15
}

func median(_ sorted: [Double]) -> Double {
    let n = sorted.count
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
}

/// Runs a program once on a fresh interpreter; returns the time and what it printed.
func runOnce(name: String, text: String) -> (Duration, String) {
    let buffer = OutputBuffer()
    let interpreter = Interpreter(limits: .standard) { buffer.text += $0 }
    let clock = ContinuousClock()
    let start = clock.now
    let outcome = interpreter.run(SourceFile(name: name, text: text))
    let elapsed = clock.now - start
    if !outcome.diagnostics.isEmpty {
        let report = DiagnosticRenderer(color: false).render(outcome.diagnostics)
        FileHandle.standardError.write(Data("knobs-bench: \(name) failed:\n\(report)\n".utf8))
        exit(1)
    }
    return (elapsed, buffer.text)
}

let options = parseOptions(Array(CommandLine.arguments.dropFirst()))
for path in options.files {
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    let text = String(decoding: data, as: UTF8.self)
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    for _ in 0..<options.warmup {
        _ = runOnce(name: path, text: text)
    }
    var times: [Double] = []
    var output = ""
    for _ in 0..<options.runs {
        let (elapsed, printed) = runOnce(name: path, text: text)
        times.append(milliseconds(elapsed))
        output = printed
    }
    if options.showOutput {
        FileHandle.standardError.write(Data("\(name): \(output)".utf8))
    }
    times.sort()
    print(name, String(format: "%.3f", times[0]), String(format: "%.3f", median(times)), options.runs, separator: "\t")
}
