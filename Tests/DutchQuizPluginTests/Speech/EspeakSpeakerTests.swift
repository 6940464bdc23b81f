import Foundation
import Testing
@testable import DutchQuizPlugin

/// espeak-ng found on PATH and called safely, checked with a stand-in script that records its calls.
@Suite("speaking with espeak-ng")
struct EspeakSpeakerTests {
    /// A folder with a fake `espeak-ng` that writes its arguments and its input to `calls`, and exits with `status`.
    final class FakeEspeak {
        let folder: URL
        var calls: URL { folder.appendingPathComponent("calls") }

        init(status: Int32 = 0) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("knobs-espeak-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let script = """
                #!/bin/sh
                echo "args: $*" >> '\(calls.path)'
                /bin/cat >> '\(calls.path)'
                exit \(status)

                """
            let path = folder.appendingPathComponent("espeak-ng").path
            try Data(script.utf8).write(to: URL(fileURLWithPath: path))
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        }

        var recorded: String { (try? String(contentsOf: calls, encoding: .utf8)) ?? "" }

        deinit {
            try? FileManager.default.removeItem(at: folder)
        }
    }

    @Test("found in a folder of PATH, not elsewhere; a folder of that name is not it")
    func find() throws {
        let fake = try FakeEspeak()
        #expect(EspeakSpeaker.find(environment: ["PATH": "/nonexistent:\(fake.folder.path)"])?.executable.path == fake.folder.appendingPathComponent("espeak-ng").path)
        #expect(EspeakSpeaker.find(environment: ["PATH": "/nonexistent"]) == nil)
        #expect(EspeakSpeaker.find(environment: [:]) == nil)
        let decoy = FileManager.default.temporaryDirectory.appendingPathComponent("knobs-decoy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: decoy.appendingPathComponent("espeak-ng"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: decoy) }
        #expect(EspeakSpeaker.find(environment: ["PATH": decoy.path]) == nil)
    }

    @Test("the Dutch voice, a learner's pace, and the text on standard input in NFC with ĳ spelled ij")
    func speaks() throws {
        let fake = try FakeEspeak()
        let speaker = EspeakSpeaker(executable: fake.folder.appendingPathComponent("espeak-ng"))
        #expect(speaker.speak("e\u{0301}e\u{0301}n \u{0133}s -w /tmp/x") == nil)
        #expect(fake.recorded == "args: -v nl -s 130 --stdin\n\u{00E9}\u{00E9}n ijs -w /tmp/x\n")
    }

    @Test("a failing espeak-ng is reported, not fatal")
    func failing() throws {
        let fake = try FakeEspeak(status: 3)
        let speaker = EspeakSpeaker(executable: fake.folder.appendingPathComponent("espeak-ng"))
        #expect(speaker.speak("gewicht") == "espeak-ng failed (exit 3)")
        #expect(EspeakSpeaker(executable: URL(fileURLWithPath: "/nonexistent/espeak-ng")).speak("x")?.hasPrefix("espeak-ng could not be started") == true)
    }
}
