import Foundation
import Testing

/// `:quiz` and `:say` in the REPL with piped input, on their own and inside a lesson.
@Suite("the quiz in the REPL")
struct QuizREPLTests {
    /// A lesson that names the quiz plugin, tells the learner to type `:quiz corner`, and has an exercise.
    static let lesson = """
        ---
        id: 96-dutch
        title: A Dutch corner
        plugins: [dutch-quiz]
        ---

        The article ends with three Dutch words. Type `:quiz corner` to drill them.

        ```knobs exercise id=sound
        # Set w to the pronunciation of idee.
        w = ___
        ```

        ```knobs solution id=sound
        w = ipa("idee")
        ```

        ```knobs check id=sound
        expect(w == "iˈdeː", "w should be ipa(\\"idee\\")")
        ```

        """

    static func repl(_ input: String, home: TemporaryDirectory, lessons: String = REPLRun.bundledLessons, path: String = "/nonexistent") async throws -> RunResult {
        try await KnobsBinary.run(["--lessons", lessons], stdin: .text(input), environment: QuizRun.environment(home: home, path: path), deadline: .seconds(60))
    }

    @Test(":quiz runs a session and hands back to the REPL; :help lists :quiz and :say; deck() and ipa() are there")
    func quiz() async throws {
        let home = try TemporaryDirectory()
        let result = try await Self.repl("""
            :quiz corner --new 1 --now \(QuizRun.start) --seed 7
            2

            :quit
            6 * 7
            :help
            ipa("gewicht")
            len(deck("ai"))
            :quiz corner --mode sideways

            """, home: home)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("corner: 0 due, 1 new.\n"))
        #expect(result.stdout.contains("Saved: good. Computer is due again in 10 min.\n"))
        #expect(result.stdout.contains("Done: 1 answer in 0:00 (1 right, 0 almost, 0 wrong).\n"))
        #expect(result.stdout.contains("Due within a day: 1; within a week: 1.\n42\n"), "the REPL runs code again after the quiz: \(result.stdout)")
        #expect(result.stdout.contains("  :quiz [DECK]   the Dutch quiz on corner, ai or a deck file"))
        #expect(result.stdout.contains("  :say WORD      speak a Dutch word or sentence aloud"))
        #expect(result.stdout.contains("\"ɣəˈʋɪxt\"\n92\n"), "\(result.stdout)")
        #expect(result.stderr.contains("error: there is no mode 'sideways'"))
        #expect(try await QuizRun.reviews(home).count == 1)
    }

    @Test("in a lesson that names dutch-quiz, :quiz corner works and its answers are not the exercise's")
    func inALesson() async throws {
        let home = try TemporaryDirectory()
        let lessons = try TemporaryDirectory()
        try lessons.write(Self.lesson, to: "96-dutch.md")
        let result = try await Self.repl("""
            :open 96

            :quiz corner --mode production --new 1 --now \(QuizRun.start) --seed 7
            w = ipa("idee")

            :quit
            w = ipa("idee")

            """, home: home, lessons: lessons.path)
        #expect(result.exitCode == 0 && result.stderr == "", "\(result)")
        let output = result.stdout
        let quiz = try #require(output.range(of: "corner: 0 due, 1 new."))
        let solved = try #require(output.range(of: "✔ Solved 'sound'"), "\(output)")
        #expect(output.contains("Type :quiz corner to drill them.") || output.contains("Type `:quiz corner` to drill them."), "\(output)")
        #expect(output.contains("✘ Not quite: you wrote \"w = ipa(\"idee\")\"."), "the quiz judged the line as its answer")
        #expect(quiz.upperBound < solved.lowerBound, "the exercise is solved only after the quiz, by the same line typed to the lesson")
        #expect(output.components(separatedBy: "Solved").count == 2)
    }

    @Test(":say speaks with espeak-ng when it is on PATH, and says how to get it when not")
    func say() async throws {
        let home = try TemporaryDirectory()
        let fake = try QuizRun.fakeEspeak()
        let present = try await Self.repl(":say gewicht\n:say Dat is een goed idee!\n", home: home, path: fake.path)
        #expect(present.exitCode == 0 && present.stderr == "", "\(present)")
        #expect(present.stdout.contains("het gewicht  /ɣəˈʋɪxt/  weight\n"))
        #expect(QuizRun.spoken(fake) == "args: -v nl -s 130 --stdin\ngewicht\nargs: -v nl -s 130 --stdin\nDat is een goed idee!\n")
        let absent = try await Self.repl(":say gewicht\n", home: home)
        #expect(absent.stdout.contains("het gewicht  /ɣəˈʋɪxt/  weight\nListening needs espeak-ng, which is not on your PATH (Debian: apt-get install espeak-ng).\n"), "\(absent)")
    }
}
