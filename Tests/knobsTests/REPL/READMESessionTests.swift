import Foundation
import Testing

/// The session recorded in the README is what the binary prints, line for line where it is not trimmed.
@Suite("the README's recorded session")
struct READMESessionTests {
    /// What the recording typed, line by line ("" is Enter).
    static let typed = [":open 01", "", "", "", "", "", "", "a = 2", "3"]

    /// The lines of the README's ```text block that starts with `$ knobs`, without that line.
    static func recorded() throws -> [String] {
        let readme = try String(contentsOfFile: REPLRun.bundledLessons + "/../README.md", encoding: .utf8)
        let block = try #require(readme.components(separatedBy: "```text\n$ knobs\n").dropFirst().first?.components(separatedBy: "\n```").first)
        return block.components(separatedBy: "\n")
    }

    @Test("every line of the recording that is not marked as trimmed comes out of knobs, in order, on an 80-column terminal")
    func recordingHolds() async throws {
        let home = try TemporaryDirectory()
        let terminal = try REPLRun.terminal([], home: home, columns: 80, rows: 30)
        defer { terminal.close() }
        try await terminal.expectPrompt()
        for line in Self.typed {
            terminal.type(line, .enter)
            try await terminal.expectPrompt()
        }
        let printed = terminal.plainOutput.components(separatedBy: "\n").map { $0.replacingOccurrences(of: "\r", with: "") }.map(Self.trimmedEnd)
        var next = printed.startIndex
        for line in try Self.recorded() where !line.hasPrefix("[…") {
            guard let found = printed[next...].firstIndex(of: Self.trimmedEnd(line)) else {
                Issue.record("the README shows \(line.debugDescription), which knobs no longer prints there; knobs printed:\n\(printed.joined(separator: "\n"))")
                return
            }
            next = found + 1
        }
    }

    static func trimmedEnd(_ line: String) -> String {
        String(line.reversed().drop { $0 == " " }.reversed())
    }
}
