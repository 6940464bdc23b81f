import Foundation
import Testing

/// `knobs quiz` and `:quiz` on a pseudo-terminal: readline, Ctrl-C and Ctrl-D.
@Suite("the quiz on a terminal", .serialized)
struct QuizTerminalTests {
    static let session = ["--deck", "corner", "--new", "3", "--now", QuizRun.start, "--seed", "7"]

    static func terminal(_ arguments: [String], home: TemporaryDirectory) throws -> TerminalSession {
        let executable = try #require(KnobsBinary.url)
        return try TerminalSession(executable: executable, arguments: arguments, environment: KnobsBinary.merged(QuizRun.environment(home: home)))
    }

    @Test("answers and grades typed at readline's prompts; Ctrl-C ends the session with the summary, every grade kept")
    func ctrlC() async throws {
        let home = try TemporaryDirectory()
        let terminal = try Self.terminal(["quiz"] + Self.session, home: home)
        defer { terminal.close() }
        try await terminal.expect("corner: 0 due, 3 new.")
        try await terminal.expect("1/3 · multiple choice · new word")
        try await terminal.expect("answer › ")
        terminal.type("2", .enter)
        try await terminal.expect("✔ Right.")
        try await terminal.expect("1 again 1 min · 2 hard 6 min · 3 good 10 min · 4 easy")
        try await terminal.expect("grade › ")
        terminal.type("4", .enter)
        try await terminal.expect("Saved: easy. Computer is due again in")
        try await terminal.expect("answer › ")
        terminal.type("half an answ")
        terminal.press(.ctrlC)
        try await terminal.expect("Done: 1 answer in 0:00 (1 right, 0 almost, 0 wrong).")
        #expect(try await terminal.waitForExit() == ProcessEnding(exitCode: 0))
        let reviews = try await QuizRun.reviews(home)
        #expect(reviews.count == 1 && reviews[0].hasPrefix("corner/computer|choice|exact|3|4|new|review|"), "\(reviews)")
    }

    @Test("Ctrl-D at the grade keeps the suggested grade and ends the session")
    func ctrlD() async throws {
        let home = try TemporaryDirectory()
        let terminal = try Self.terminal(["quiz"] + Self.session, home: home)
        defer { terminal.close() }
        try await terminal.expect("answer › ")
        terminal.type("3", .enter)
        try await terminal.expect("✘ Not quite: you chose 3  Idea.")
        try await terminal.expect("grade › ")
        terminal.press(.ctrlD)
        try await terminal.expect("Saved: again. Computer is due again in 1 min.")
        try await terminal.expect("Done: 1 answer in 0:00 (0 right, 0 almost, 1 wrong).")
        #expect(try await terminal.waitForExit() == ProcessEnding(exitCode: 0))
        #expect(try await QuizRun.reviews(home).count == 1)
    }

    @Test("in the REPL: :quiz completes its deck with Tab, and Ctrl-C leaves the quiz for the REPL's prompt")
    func inTheREPL() async throws {
        let home = try TemporaryDirectory()
        let terminal = try Self.terminal(["--lessons", REPLRun.bundledLessons], home: home)
        defer { terminal.close() }
        try await terminal.expectPrompt()
        terminal.type(":quiz cor", .tab)
        try await terminal.expect("corner")
        terminal.type(" --new 1 --now \(QuizRun.start) --seed 7", .enter)
        try await terminal.expect("corner: 0 due, 1 new.")
        try await terminal.expect("answer › ")
        terminal.type("2", .enter)
        try await terminal.expect("grade › ")
        terminal.press(.enter)
        try await terminal.expect("Saved: good.")
        try await terminal.expect("answer › ")
        terminal.press(.ctrlC)
        try await terminal.expect("Done: 1 answer")
        let back = try await terminal.expectPrompt()
        #expect(back.prompt == "knobs › ")
        terminal.type("6 * 7", .enter)
        #expect(try await terminal.expectPrompt().output.contains("42"))
        terminal.type(":quit", .enter)
        #expect(try await terminal.waitForExit() == ProcessEnding(exitCode: 0))
        #expect(try await QuizRun.reviews(home).count == 1)
    }
}
