import Foundation
import Testing

/// Compares text with a committed snapshot file in `Tests/knobsTests/Snapshots/`.
///
/// The comparison is exact. To accept new output after a deliberate change, run
/// `KNOBS_UPDATE_SNAPSHOTS=1 swift test --filter knobsTests` and review the diff
/// of the snapshot files before committing them.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    static var isUpdating: Bool {
        ProcessInfo.processInfo.environment["KNOBS_UPDATE_SNAPSHOTS"] == "1"
    }

    /// Records an issue unless `actual` equals the snapshot `name` byte for byte.
    static func expect(_ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = directory.appendingPathComponent(name)
        if isUpdating {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            Issue.record("snapshot \(name) is missing; record it with KNOBS_UPDATE_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if actual != expected {
            Issue.record("output differs from snapshot \(name):\n\(firstDifference(expected: expected, actual: actual))\n(if the change is intended, re-record with KNOBS_UPDATE_SNAPSHOTS=1)", sourceLocation: sourceLocation)
        }
    }

    /// The first line that differs, in both versions.
    static func firstDifference(expected: String, actual: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let wanted = index < expectedLines.count ? String(expectedLines[index]) : "<no line>"
            let got = index < actualLines.count ? String(actualLines[index]) : "<no line>"
            if wanted != got {
                return "line \(index + 1):\n  snapshot: \(wanted)\n  actual:   \(got)"
            }
        }
        return "(the texts differ only in line endings)"
    }
}
