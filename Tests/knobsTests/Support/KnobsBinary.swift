import Foundation
import Testing

/// The built `knobs` executable, run as a child process the way a learner or a
/// grader runs it.
///
/// `swift test` builds the `knobs` executable before the tests (the test target
/// depends on it) and puts it beside the test bundle, in `.build/<config>/`.
/// Set `KNOBS_BINARY` to test another build.
enum KnobsBinary {
    /// Where the executable is, or `nil` when it was not found.
    static let url: URL? = locate()

    /// Runs `knobs` with these arguments and waits for it.
    ///
    /// Standard output and error are captured separately; standard input is
    /// always set explicitly, so the child never reads the terminal of the
    /// person running the tests. A child still running at the deadline is
    /// killed and the result says so: a hang fails one test instead of the run.
    ///
    /// - Parameters:
    ///   - arguments: The command-line arguments, without the program name.
    ///   - stdin: What the child reads.
    ///   - environment: Variables to set on top of ``baseEnvironment``; `nil` removes one.
    ///   - deadline: How long the child may run before it is killed.
    /// - Returns: What the child wrote, how it ended and how long it took.
    /// - Throws: When the binary is missing or cannot be started.
    static func run(
        _ arguments: [String],
        stdin: Input = .null,
        environment: [String: String?] = [:],
        deadline: Duration = .seconds(60)
    ) async throws -> RunResult {
        let executable = try #require(url, "the knobs executable was not found beside the test bundle; build it (swift build) or set KNOBS_BINARY")
        return try await ChildProcess.run(
            executable: executable,
            arguments: arguments,
            stdin: stdin,
            environment: merged(environment),
            deadline: deadline
        )
    }

    /// The environment of every run: the caller's, with everything that changes
    /// how knobs looks pinned down.
    ///
    /// `TERM` names a colour terminal on purpose, so that only the missing TTY
    /// (or `NO_COLOR`, where a test sets it) can be the reason for plain output.
    static var baseEnvironment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE", "FORCE_COLOR", "COLUMNS", "LINES", "KNOBS_HOME"] {
            environment[name] = nil
        }
        environment["TERM"] = "xterm-256color"
        environment["COLUMNS"] = "80"
        return environment
    }

    static func merged(_ changes: [String: String?]) -> [String: String] {
        var environment = baseEnvironment
        for (name, value) in changes {
            environment[name] = value
        }
        return environment
    }

    private static func locate() -> URL? {
        let fileManager = FileManager.default
        if let override = ProcessInfo.processInfo.environment["KNOBS_BINARY"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        var directories: [URL] = []
        // Linux: the test runner is .build/<config>/<package>PackageTests.xctest, an executable.
        if let runner = CommandLine.arguments.first {
            directories.append(URL(fileURLWithPath: runner).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        // macOS: the tests live in a .xctest bundle inside .build/<config>/.
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            directories.append(bundle.bundleURL.deletingLastPathComponent())
        }
        directories.append(Bundle.main.bundleURL)
        for directory in directories {
            let candidate = directory.appendingPathComponent("knobs")
            var isDirectory: ObjCBool = false
            if fileManager.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               fileManager.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        return nil
    }
}
