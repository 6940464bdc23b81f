import Foundation
import Testing
@testable import KnobsLang
import KnobsTestSupport

/// Runs every golden program and compares what it does with its expectation files.
@Suite("Golden programs")
struct GoldenTests {
    @Test("golden program", arguments: GoldenSuite.programs)
    func golden(_ path: String) async throws {
        let root = GoldenSuite.root.path
        let expected = try GoldenExpectation(root: GoldenSuite.root, path: path)
        let watchdog = GoldenRunner.watchdogSeconds(for: expected.limits)
        let result = await ProcessSlots.shared.withSlot {
            await #expect(
                processExitsWith: .success,
                observing: [\.standardOutputContent],
                "\(path): the interpreter crashed instead of finishing"
            ) { [root = root as String, path = path as String] in
                GoldenRunner.runInChild(root: root, path: path)
            }
        }
        guard let result else { return }
        let actual = try GoldenRunner.decode(result.standardOutputContent)
        if actual.hung {
            Issue.record("\(path): the interpreter did not finish within \(Int(watchdog)) s (a hang the limits do not stop)")
            return
        }
        if actual.stdout != expected.stdout {
            Issue.record(Comment(rawValue: GoldenDiff.describe("standard output of \(path)", expected: expected.stdout, actual: actual.stdout)))
        }
        if actual.diagnostics != expected.diagnostics {
            Issue.record(Comment(rawValue: GoldenDiff.describe("diagnostics of \(path)", expected: expected.diagnostics, actual: actual.diagnostics)))
        }
        #expect(actual.exitCode == expected.exitCode, "exit code of \(path)")
    }

    @Test("the suite has at least 100 programs")
    func suiteIsNotVacuous() {
        #expect(GoldenSuite.programs.count >= 100, "found only \(GoldenSuite.programs.count) golden programs under \(GoldenSuite.root.path)")
    }

    @Test("every program has an expectation file")
    func everyProgramHasAnExpectation() {
        let fileManager = FileManager.default
        for path in GoldenSuite.programs {
            let stem = GoldenSuite.root.appendingPathComponent(String(path.dropLast(".knobs".count))).path
            let hasOut = fileManager.fileExists(atPath: stem + ".out")
            let hasErr = fileManager.fileExists(atPath: stem + ".err")
            #expect(hasOut || hasErr, "\(path) has neither a .out nor a .err file")
        }
    }

    @Test("every expectation file belongs to a program")
    func noOrphanExpectations() throws {
        let programs = Set(GoldenSuite.programs.map { String($0.dropLast(".knobs".count)) })
        for file in GoldenSuite.allFiles where file.hasSuffix(".out") || file.hasSuffix(".err") {
            #expect(programs.contains(String(file.dropLast(4))), "\(file) has no .knobs program beside it")
        }
    }
}

/// Where the golden programs are and which there are: the language's own test suite,
/// knobs programs under `Golden/` with their expected results.
///
/// Each `NAME.knobs` sits beside its expectation:
/// - `NAME.out`: the exact standard output — what the program prints, then
///   (like a REPL) the short form (`summary`) of the last statement's value on its own line
///   when that statement is an expression with a non-nil value;
/// - `NAME.err`: the exact diagnostics, rendered without colour, with the file
///   named by its path relative to `Golden/` (`errors/syntax/unclosed_paren.knobs`).
///
/// A missing `.out` means "prints nothing"; a missing `.err` means "succeeds".
/// The exit code is checked too, derived from the headline of the `.err` file:
/// `error:` 2, `runtime error:` and `check failed:` 1, `limit reached:` 3, none 0.
///
/// A first-line comment sets the limits of one program, so that limit tests
/// stay fast: `# limits: max-steps=10000 max-depth=50 max-memory=1000 timeout=2 max-output=100`.
///
/// Every program runs in a child process (an exit test) under a watchdog, so a
/// program that crashes or hangs the interpreter fails its own case, named by
/// its file, instead of taking the whole suite down with it.
private enum GoldenSuite {
    /// The `Golden` folder: the copied resource, or the source folder beside this file.
    static let root: URL = {
        if let url = Bundle.module.url(forResource: "Golden", withExtension: nil) {
            return url
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }()

    /// Every file under the root, as paths relative to it, sorted.
    static let allFiles: [String] = {
        let base = root.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(relative)
            }
        }
        return files.sorted()
    }()

    /// The programs, as paths relative to the root (`errors/syntax/unclosed_paren.knobs`).
    static let programs: [String] = allFiles.filter { $0.hasSuffix(".knobs") }
}

/// What one golden program is expected to do.
private struct GoldenExpectation {
    var stdout: String
    var diagnostics: String
    var exitCode: Int32
    var limits: Limits

    init(root: URL, path: String) throws {
        let programURL = root.appendingPathComponent(path)
        let stem = programURL.deletingPathExtension()
        let text = try String(contentsOf: programURL, encoding: .utf8)
        limits = try GoldenLimits.parse(text, path: path)
        stdout = (try? String(contentsOf: stem.appendingPathExtension("out"), encoding: .utf8)) ?? ""
        diagnostics = (try? String(contentsOf: stem.appendingPathExtension("err"), encoding: .utf8)) ?? ""
        exitCode = try GoldenExpectation.exitCode(forDiagnostics: diagnostics, path: path)
    }

    /// The exit code a run with these diagnostics ends with, read from the first headline.
    static func exitCode(forDiagnostics text: String, path: String) throws -> Int32 {
        if text.isEmpty { return 0 }
        let headlines: [(String, Int32)] = [("error: ", 2), ("runtime error: ", 1), ("check failed: ", 1), ("limit reached: ", 3)]
        for (prefix, code) in headlines where text.hasPrefix(prefix) {
            return code
        }
        throw GoldenError("\(path): the .err file does not start with a known headline (error:, runtime error:, check failed:, limit reached:)")
    }
}

/// The `# limits: …` line at the top of a program.
private enum GoldenLimits {
    /// Golden programs get the standard limits, but a shorter timeout, so a
    /// runaway program fails in seconds.
    static let defaults = Limits(timeout: 5)

    static func parse(_ text: String, path: String) throws -> Limits {
        var limits = defaults
        let firstLine = text.prefix { $0 != "\n" }.trimmingCharacters(in: .whitespaces)
        guard firstLine.hasPrefix("#") else { return limits }
        let comment = firstLine.dropFirst().trimmingCharacters(in: .whitespaces)
        guard comment.hasPrefix("limits:") else { return limits }
        for setting in comment.dropFirst("limits:".count).split(separator: " ") {
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let number = Double(parts[1]) else {
                throw GoldenError("\(path): cannot read the limit '\(setting)'; write name=value")
            }
            switch parts[0] {
            case "max-steps": limits.maxSteps = Int(number)
            case "max-depth": limits.maxDepth = Int(number)
            case "max-memory": limits.maxMemory = Int(number)
            case "timeout": limits.timeout = number
            case "max-output": limits.maxOutput = Int(number)
            default: throw GoldenError("\(path): unknown limit '\(parts[0])'")
            }
        }
        return limits
    }
}

/// What a run of a golden program did, passed from the child process to the test as JSON.
private struct GoldenOutcome: Codable {
    var stdout = ""
    var diagnostics = ""
    var exitCode: Int32 = 0
    /// True when the watchdog stopped the child: the interpreter hung.
    var hung = false
}

/// Runs one golden program in the child process of an exit test.
private enum GoldenRunner {
    static let marker = "=== golden outcome ==="

    /// Seconds the child may take in all before the watchdog ends it.
    static func watchdogSeconds(for limits: Limits) -> Double {
        limits.timeout + 5
    }

    /// The body of the exit test: runs the program, prints the outcome as JSON, exits 0.
    static func runInChild(root: String, path: String) -> Never {
        var outcome = GoldenOutcome()
        do {
            let url = URL(fileURLWithPath: root).appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            let limits = try GoldenLimits.parse(text, path: path)
            startWatchdog(seconds: watchdogSeconds(for: limits))
            let collected = GoldenOutputCollector()
            let interpreter = Interpreter(limits: limits) { collected.append($0) }
            let result = interpreter.run(SourceFile(name: path, text: text), echo: true)
            outcome.stdout = collected.text
            outcome.diagnostics = DiagnosticRenderer(color: false).render(result.diagnostics)
            outcome.exitCode = result.exitCode
        } catch {
            outcome.diagnostics = "harness: \(error)\n"
            outcome.exitCode = -1
        }
        report(outcome)
        exit(0)
    }

    /// Ends the child with a "hung" outcome if the run takes longer than `seconds`.
    private static func startWatchdog(seconds: Double) {
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
            report(GoldenOutcome(hung: true))
            _exit(0)
        }
    }

    private static func report(_ outcome: GoldenOutcome) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = (try? encoder.encode(outcome)) ?? Data()
        FileHandle.standardOutput.write(Data((marker + "\n").utf8) + json + Data("\n".utf8))
    }

    /// The outcome the child printed after the marker.
    static func decode(_ bytes: [UInt8]) throws -> GoldenOutcome {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let range = text.range(of: marker + "\n", options: .backwards) else {
            throw GoldenError("the child process printed no outcome; its output was:\n\(text)")
        }
        let json = text[range.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
        return try JSONDecoder().decode(GoldenOutcome.self, from: Data(json.utf8))
    }
}

/// Collects program output; the interpreter writes from its own thread.
private final class GoldenOutputCollector: @unchecked Sendable {
    private var parts: [String] = []
    private let lock = NSLock()

    func append(_ text: String) {
        lock.withLock { parts.append(text) }
    }

    var text: String {
        lock.withLock { parts.joined() }
    }
}

/// A readable account of how two texts differ.
private enum GoldenDiff {
    static func describe(_ what: String, expected: String, actual: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var line = 0
        while line < min(expectedLines.count, actualLines.count), expectedLines[line] == actualLines[line] {
            line += 1
        }
        let wanted = line < expectedLines.count ? "\(expectedLines[line])".debugDescription : "(end of text)"
        let got = line < actualLines.count ? "\(actualLines[line])".debugDescription : "(end of text)"
        return """
            \(what): first difference at line \(line + 1)
              expected: \(wanted)
              actual:   \(got)
            --- expected
            \(expected.isEmpty ? "(nothing)" : expected)
            --- actual
            \(actual.isEmpty ? "(nothing)" : actual)
            """
    }
}

private struct GoldenError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
