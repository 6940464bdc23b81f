import Foundation

/// `python3`, for the report validators others use.
enum Python {
    /// Whether `python3` can import `jsonschema`.
    static let hasJSONSchema: Bool = (try? run("import jsonschema").status) == 0
    /// Whether `python3` can import `junitparser`.
    static let hasJUnitParser: Bool = (try? run("import junitparser").status) == 0

    /// Runs a Python program with arguments; its exit status and what it printed.
    static func run(_ program: String, _ arguments: [String] = []) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", program] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
