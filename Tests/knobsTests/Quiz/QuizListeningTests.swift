import Foundation
import Testing

/// The listening mode with espeak-ng on PATH (a stand-in that records what it says) and without.
@Suite("listening")
struct QuizListeningTests {
    static let arguments = ["quiz", "--deck", "corner", "--mode", "listening", "--new", "1", "--now", QuizRun.start, "--seed", "7"]

    @Test("with espeak-ng: the word is spoken in Dutch, with its article, and the written answer judged")
    func present() async throws {
        let home = try TemporaryDirectory()
        let fake = try QuizRun.fakeEspeak()
        let result = try await QuizRun.piped(Self.arguments, input: ":say\ncomputer\n\n:quit\n", home: home, path: fake.path)
        #expect(result.exitCode == 0 && result.stderr == "", "\(result)")
        #expect(result.stdout.contains("1/1 · listening · new word\n  (spoken in Dutch: :say plays it again)\nWrite the Dutch word you heard.\n✔ Right.\n"), "\(result.stdout)")
        // Once with the question, once for :say, once when the card comes back.
        #expect(QuizRun.spoken(fake) == String(repeating: "args: -v nl -s 130 --stdin\nde Computer\n", count: 3))
        #expect(try await QuizRun.reviews(home).map { $0.split(separator: "|")[1] } == ["listening"])
    }

    @Test("without espeak-ng: a note, no question, nothing saved, exit 0")
    func absent() async throws {
        let home = try TemporaryDirectory()
        let result = try await QuizRun.piped(Self.arguments, input: "computer\n\n", home: home)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "Listening needs espeak-ng, which is not on your PATH (Debian: apt-get install espeak-ng). The listening questions are skipped.\n")
        #expect(try await QuizRun.reviews(home).isEmpty)
    }
}
