import Foundation

/// node-tap's parser (`tap-parser`, Debian's node-tap-parser), the TAP 14 consumer the reports are checked with.
enum TAPParser {
    /// Where Debian puts node modules; a Node.js from elsewhere does not look there by itself.
    private static let environment = ProcessInfo.processInfo.environment.merging(["NODE_PATH": "/usr/share/nodejs"]) { $1 }

    /// Whether `tap-parser` runs here.
    static let isAvailable: Bool = (try? run(["tap-parser", "--help"], input: Data()).status) == 0

    /// Has `tap-parser --strict` read `tap`, then `Tests/GradingCorpus/check-tap.py` check what it read:
    /// version 14, no non-TAP line at any level, subtests named as their test points, `points`
    /// points of which `passed` are ok. Its exit status and complaints.
    static func check(_ tap: String, points: Int, passed: Int) throws -> (status: Int32, output: String) {
        let parsed = try run(["tap-parser", "--json=0", "--strict"], input: Data(tap.utf8))
        let folder = try GradingSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let events = folder.appendingPathComponent("events.json")
        try Data(parsed.output.utf8).write(to: events)
        let script = GradingSupport.corpus.appendingPathComponent("check-tap.py").path
        return try run(["python3", script, events.path, String(points), String(passed)], input: Data())
    }

    private static func run(_ arguments: [String], input: Data) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.environment = environment
        let output = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = standardInput
        try process.run()
        // Written on a thread of its own, so that a full output pipe cannot stall the writing.
        Thread.detachNewThread {
            standardInput.fileHandleForWriting.write(input)
            try? standardInput.fileHandleForWriting.close()
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }
}
