import Foundation
import Testing

/// Compares rendered text with a golden text kept in a Swift file beside the tests.
///
/// Goldens are Swift string literals (in `Golden/`), so the test target
/// needs no resources. Escape codes are shown as `␛`, so coloured goldens
/// can be read. With `KNOBS_RECORD_GOLDENS=1` in the environment, a test
/// writes what it rendered into the golden file instead of comparing, for a
/// person to review in the diff.
enum Golden {
    static var recording: Bool { ProcessInfo.processInfo.environment["KNOBS_RECORD_GOLDENS"] == "1" }

    /// Text as a golden holds it: escapes visible.
    static func visible(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{1B}", with: "␛")
    }

    /// Checks `rendered` against `expected`; when recording, collects it for `file` under `name`.
    static func check(_ rendered: String, _ expected: String, name: String, file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if recording {
            Recorder.shared.record(visible(rendered), name: name, file: file)
            return
        }
        let actual = visible(rendered)
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            Issue.record("\(name) differs from its golden at line \(line + 1):\n  got:      \(line < a.count ? String(a[line]) : "<end>")\n  expected: \(line < e.count ? String(e[line]) : "<end>")", sourceLocation: sourceLocation)
        }
    }

    /// Writes recorded goldens as Swift files, one `static let` per golden.
    final class Recorder: @unchecked Sendable {
        static let shared = Recorder()
        private let lock = NSLock()
        private var files: [String: [String: String]] = [:]

        func record(_ text: String, name: String, file: String) {
            lock.lock()
            defer { lock.unlock() }
            files[file, default: [:]][name] = text
            let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")
            var source = "// Recorded by KNOBS_RECORD_GOLDENS=1 swift test --filter KnobsTerminalTests; review before committing.\n\nextension Goldens {\n"
            for (key, value) in (files[file] ?? [:]).sorted(by: { $0.key < $1.key }) {
                source += "    static let \(key) = ##\"\"\"\n\(value)\n\"\"\"##\n\n"
            }
            source.removeLast()
            source += "}\n"
            try? source.write(to: directory.appendingPathComponent(file + ".swift"), atomically: true, encoding: .utf8)
        }
    }
}

/// The golden texts, in `Golden/*.swift`.
enum Goldens {}
