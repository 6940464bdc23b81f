import Foundation

/// Speaks Dutch with `espeak-ng -v nl`, found on `PATH`.
///
/// The text goes to espeak-ng's standard input (`--stdin`), never its arguments, so no word
/// can be taken for an option; that input is a temporary file rather than a pipe, so an
/// espeak-ng that ends early cannot bring a `SIGPIPE` down on knobs. It is normalised first as espeak-ng needs (NFC, and the `ĳ`
/// ligature spelled `ij`: it misreads both otherwise). What espeak-ng prints (ALSA's
/// complaints on a machine without sound) is discarded; a run that takes longer than
/// ``timeout`` is stopped, so the quiz never hangs on it.
public struct EspeakSpeaker: Speaker {
    /// The espeak-ng executable.
    public let executable: URL
    /// Words per minute: slower than espeak-ng's 175, for learners.
    static let wordsPerMinute = 130
    /// How long one word or sentence may take to speak.
    static let timeout: DispatchTimeInterval = .seconds(15)

    public init(executable: URL) {
        self.executable = executable
    }

    /// espeak-ng from the folders of `PATH` in `environment`, or nil when it is not installed.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> EspeakSpeaker? {
        for folder in (environment["PATH"] ?? "").split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("espeak-ng")
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate.path) {
                return EspeakSpeaker(executable: candidate)
            }
        }
        return nil
    }

    /// The text as espeak-ng reads it right: NFC, with `ĳ`/`Ĳ` written `ij`/`IJ`.
    static func normalised(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
            .replacingOccurrences(of: "\u{0133}", with: "ij")
            .replacingOccurrences(of: "\u{0132}", with: "IJ")
    }

    public func speak(_ text: String) -> String? {
        let textFile = FileManager.default.temporaryDirectory.appendingPathComponent("knobs-say-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: textFile) }
        guard (try? Data((Self.normalised(text) + "\n").utf8).write(to: textFile)) != nil,
              let input = try? FileHandle(forReadingFrom: textFile) else {
            return "the text for espeak-ng could not be written to \(textFile.path)"
        }
        defer { try? input.close() }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-v", "nl", "-s", String(Self.wordsPerMinute), "--stdin"]
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            return "espeak-ng could not be started: \(error.localizedDescription)"
        }
        if finished.wait(timeout: .now() + Self.timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
            return "espeak-ng took too long and was stopped"
        }
        if process.terminationReason == .exit, process.terminationStatus == 0 { return nil }
        return "espeak-ng failed (\(process.terminationReason == .exit ? "exit \(process.terminationStatus)" : "signal \(process.terminationStatus)"))"
    }
}
