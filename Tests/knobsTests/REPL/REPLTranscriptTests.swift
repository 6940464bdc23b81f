import Foundation
import Testing

/// The REPL with its input on a pipe: no prompt, no history, so a session is a
/// transcript that can be compared whole. The flows of the terminal tests,
/// where they make sense without a terminal, on a small lesson of the tests' own
/// (``FixtureLessons/tiny``), so the transcripts depend on the REPL and not on
/// the wording of the bundled lessons.
@Suite("the REPL with piped input")
struct REPLTranscriptTests {
    @Test("a whole lesson stepped through with Enter: a cell, an exercise failed then passed, a question missed then answered")
    func wholeLesson() async throws {
        let home = try TemporaryDirectory()
        let lessons = try FixtureLessons.folder()
        let input = "\n\n\n\nw = 5\nw = 4\n\n7\n8\n\n\n"
        let result = try await REPLRun.piped(["repl", "90"], input: input, home: home, lessons: lessons.path)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stderr == "")
        #expect(result.stdout == """
            90-tiny: A tiny lesson, 6 steps. Enter goes on; :help lists the commands.
            A knob called w.
                w = 2
                w * 3
            Enter runs this cell.
            6
            Set w so that w * 3 is 12.
                w = ___
            Exercise 'twelve' (1 point): type your code (an open bracket continues on the
            next line). :hint, :skip.
            ✘ Not yet: w * 3 should be 12, but it is 15
            Hint 1 of 2:
            Divide 12 by 3.
            ✔ Solved 'twelve'. Enter goes on.
            What is 2 * w now?
            Answer with a number.
            ✘ Not quite.
            ✔ Right. Enter goes on.
            That is all.
            That was the last step of 90-tiny. Well done! :lessons shows what is next.

            """, "\(result)")

        let listing = try await KnobsBinary.run(["lessons", "--lessons", lessons.path], environment: REPLRun.environment(home: home))
        #expect(listing.exitCode == 0, "\(listing)")
        let listed = try Regex(#"  90-tiny  A tiny lesson         done, 2/2 solved, opened \d{4}-\d\d-\d\d\n  91-many  Many small exercises  not started\n"#)
        #expect(listing.stdout.wholeMatch(of: listed) != nil, "\(listing)")
    }

    @Test(":hint and :solution: the solution opens after 3 honest attempts (a repeated one does not count)")
    func hintsAndSolution() async throws {
        let home = try TemporaryDirectory()
        let lessons = try FixtureLessons.folder()
        let input = ":goto 4\n:solution\n:hint\n:hint\n:hint\nw = 1\nw = 1\nw = 2\n:solution\nw = 3\n:solution\n:skip\n"
        let result = try await REPLRun.piped(["repl", "90"], input: input, home: home, lessons: lessons.path)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stderr == "")
        #expect(result.stdout == """
            90-tiny: A tiny lesson, 6 steps. Enter goes on; :help lists the commands.
            A knob called w.
                w = ___
            Exercise 'twelve' (1 point): type your code (an open bracket continues on the
            next line). :hint, :skip.
            the solution opens after 3 honest attempts: 3 to go (or skip the exercise)
            Hint 1 of 2:
            Divide 12 by 3.
            Hint 2 of 2:
            w = 4
            that was the last hint (2 of 2)
            ✘ Not yet: w * 3 should be 12, but it is 3
            ✘ Not yet: w * 3 should be 12, but it is 3
            ✘ Not yet: w * 3 should be 12, but it is 6
            the solution opens after 3 honest attempts: 1 to go (or skip the exercise)
            ✘ Not yet: w * 3 should be 12, but it is 9
            :solution shows a solution now.
                w = 4
            What is 2 * w now?
            Answer with a number.

            """, "\(result)")
        // The skip ran the solution, so the next step finds w = 4.
        let after = try await REPLRun.piped(["repl", "90"], input: "8\n", home: home, lessons: lessons.path)
        #expect(after.stdout.hasSuffix("Welcome back: step 5 of 6.\nWhat is 2 * w now?\nAnswer with a number.\n✔ Right. Enter goes on.\n"), "\(after)")
    }

    @Test("the end of the input saves the progress: the lesson opens again where it was left")
    func endOfInputSaves() async throws {
        let home = try TemporaryDirectory()
        let lessons = try FixtureLessons.folder()
        let first = try await REPLRun.piped(["repl", "90"], input: "\n\n\n\nw = 4\n", home: home, lessons: lessons.path)
        #expect(first.exitCode == 0, "\(first)")
        #expect(first.stdout.hasSuffix("✔ Solved 'twelve'. Enter goes on.\n"), "\(first)")

        let second = try await REPLRun.piped([], input: ":open tiny\n\n", home: home, lessons: lessons.path)
        #expect(second.exitCode == 0, "\(second)")
        #expect(second.stderr == "")
        #expect(second.stdout.hasSuffix("""
            90-tiny: A tiny lesson, 6 steps. Enter goes on; :help lists the commands.
            Welcome back: step 4 of 6.
                w = ___
            Solved. Enter goes on.
            What is 2 * w now?
            Answer with a number.

            """), "\(second)")
    }

    @Test("with no lesson open: the greeting, :lessons, code and its errors, mistyped commands, multi-line input")
    func noLesson() async throws {
        let home = try TemporaryDirectory()
        let lessons = try FixtureLessons.folder()
        let input = ":lessons\nx = 20\nx + 1\nx + y\n:opn 90\n:open nope\n:frobnicate\n:o\nfn twice(v) {\n  return v * 2\n}\ntwice(x)\n:quit\nnever run\n"
        let result = try await REPLRun.piped([], input: input, home: home, lessons: lessons.path)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == """
            knobs
            ═════

            Learn what the parameters of a neural network are, from `2a + b` to a trained
            network.
            Lessons: :lessons lists them, :open 01 opens the first. Any knobs code runs here
            too; :help for more.
              90-tiny  A tiny lesson         not started
              91-many  Many small exercises  not started
            21
            There is no command :opn. Did you mean :open?
            There is no lesson 'nope'. :lessons lists them.
            There is no command :frobnicate. :help lists them.
            Which lesson? :open 01, or :lessons to see them.
            40

            """, "\(result)")
        #expect(result.stderr == """
            error: undefined variable 'y'
             --> <input>:1:5
              |
            1 | x + y
              |     ^
              = hint: give it a value first, as in y = 0

            """, "\(result)")
    }

    @Test("Ctrl-C (SIGINT) stops running code and the next line runs; between lines it ends knobs with 130")
    func interrupt() async throws {
        let home = try TemporaryDirectory()
        let executable = try #require(KnobsBinary.url)
        let session = try PipedSession(
            // Limits far away, so only Ctrl-C ends the loop (50 million steps take about a second).
            executable: executable, arguments: ["--lessons", REPLRun.bundledLessons, "--max-steps", "1000000000000", "--timeout", "600"],
            environment: KnobsBinary.merged(REPLRun.environment(home: home)))
        defer { session.close() }
        session.write("kept = 41\nprint(\"now \" + \"looping\"); while true {}\n")
        try await session.expect("now looping\n")
        session.signal(SIGINT)
        try await session.expect("interrupted", in: .stderr)
        session.write("kept + 1\n")
        try await session.expect("42\n")
        session.signal(SIGINT)
        #expect(try await session.waitForExit() == ProcessEnding(exitCode: 130))
    }
}
