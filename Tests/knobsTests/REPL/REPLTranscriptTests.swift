import Foundation
import Testing

/// The REPL with its input on a pipe: no prompt, no history, so a session is a
/// transcript that can be compared whole. The flows of the terminal tests,
/// where they make sense without a terminal, on a small lesson of the tests' own
/// (``FixtureLessons/tiny``), so the transcripts depend on the REPL and not on
/// the wording of the bundled lessons.
@Suite("the REPL with piped input")
struct REPLTranscriptTests {
    @Test("a whole lesson stepped through with Enter: a cell, an exercise (shown with its introduction) failed then passed, a question missed then answered")
    func wholeLesson() async throws {
        let home = try TemporaryDirectory()
        let lessons = try FixtureLessons.folder()
        let input = "\n\n\nw = 5\nw = 4\n\n7\n8\n\n\n"
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
            Exercise 'twelve' (1 point): type your code; Enter checks it. :hint, :skip.
            ✘ Not yet: w * 3 should be 12, but it is 15
            Hint 1 of 2:
            Divide 12 by 3.
            ✔ Solved 'twelve'. Enter goes on.
            What is 2 * w now?
            Answer with a number.
            ✘ Not quite.
            ✔ Right. Enter goes on.
            That is all.
            That was the last step of 90-tiny. Well done! Next: :open 91 starts 91-many
            (Many small exercises).

            """, "\(result)")

        let listing = try await KnobsBinary.run(["lessons", "--lessons", lessons.path], environment: REPLRun.environment(home: home))
        #expect(listing.exitCode == 0, "\(listing)")
        let listed = try Regex(
            #"  90-tiny  A tiny lesson         done, 1/1 exercise, 1/1 question, opened \d{4}-\d\d-\d\d\n  91-many  Many small exercises  not started\n"#)
        #expect(listing.stdout.wholeMatch(of: listed) != nil, "\(listing)")
    }

    @Test(":goto lists the cells it ran; :hint and :solution (after 3 honest attempts, a repeated one not counting); :skip")
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
            Ran step 2 on the way:
              2 │ 6
            Set w so that w * 3 is 12.
                w = ___
            Exercise 'twelve' (1 point): type your code; Enter checks it. :hint, :skip.
            The solution opens after 3 honest attempts: 3 to go (or skip the exercise).
            Hint 1 of 2:
            Divide 12 by 3.
            Hint 2 of 2:
            w = 4
            That was the last hint (2 of 2).
            ✘ Not yet: w * 3 should be 12, but it is 3
            ✘ Not yet: w * 3 should be 12, but it is 3
            ✘ Not yet: w * 3 should be 12, but it is 6
            The solution opens after 3 honest attempts: 1 to go (or skip the exercise).
            ✘ Not yet: w * 3 should be 12, but it is 9
            :solution shows a solution now.
                w = 4
            Skipped 'twelve'; its solution ran in its place.
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
        let first = try await REPLRun.piped(["repl", "90"], input: "\n\n\nw = 4\n", home: home, lessons: lessons.path)
        #expect(first.exitCode == 0, "\(first)")
        #expect(first.stdout.hasSuffix("✔ Solved 'twelve'. Enter goes on.\n"), "\(first)")

        let second = try await REPLRun.piped([], input: ":open tiny\n\n", home: home, lessons: lessons.path)
        #expect(second.exitCode == 0, "\(second)")
        #expect(second.stderr == "")
        #expect(second.stdout.hasSuffix("""
            90-tiny: A tiny lesson, 6 steps. Enter goes on; :help lists the commands.
            Welcome back: step 4 of 6.
            Set w so that w * 3 is 12.
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
            :open 90 starts 90-tiny (A tiny lesson). :lessons lists them all. Any knobs code
            runs here too; :help for more.
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
        try await session.expect("Interrupted. What the code changed before it stopped stays changed")
        session.write("kept + 1\n")
        try await session.expect("42\n")
        // "42" is printed while the code still counts as running; Enter with no lesson open runs
        // nothing, so once its answer is out, the REPL is surely between lines.
        session.write("\n")
        try await session.expect("No lesson is open")
        session.signal(SIGINT)
        #expect(try await session.waitForExit() == ProcessEnding(exitCode: 130))
    }

    @Test("Ctrl-C during an attempt at an exercise undoes the attempt, and says so")
    func interruptAttempt() async throws {
        let home = try TemporaryDirectory()
        let lessons = try FixtureLessons.folder()
        let executable = try #require(KnobsBinary.url)
        let session = try PipedSession(
            executable: executable, arguments: ["repl", "90", "--lessons", lessons.path, "--max-steps", "1000000000000", "--timeout", "600"],
            environment: KnobsBinary.merged(REPLRun.environment(home: home)))
        defer { session.close() }
        session.write(":goto 4\nw = 100; print(\"now \" + \"looping\"); while true {}\n")
        try await session.expect("now looping\n")
        session.signal(SIGINT)
        try await session.expect("Interrupted, so not counted: your variables are as they were before it.\n")
        session.write(":vars\n")
        try await session.expect("  w  a number  2\n")
        session.closeInput()
        #expect(try await session.waitForExit() == ProcessEnding(exitCode: 0))
        #expect(!session.stderr.contains("interrupted"), "\(session.stderr)")
    }

    @Test(":vars shows each variable on one line of the terminal: a long tensor is cut with …, a matrix's rows are joined")
    func varsOnOneLine() async throws {
        let home = try TemporaryDirectory()
        let lessons = try FixtureLessons.folder()
        let input = "long = linspace(-5, 5, 41)\nm = tensor([[1, 2], [3, 4]])\n:vars\n"
        let result = try await REPLRun.piped(["repl", "90"], input: input, home: home, lessons: lessons.path)
        #expect(result.exitCode == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let long = lines.first { $0.hasPrefix("  long  a tensor  tensor([-5.00, -4.75") }
        #expect(long?.hasSuffix("…") == true && long?.count == 80, "\(result)")
        #expect(lines.contains { $0 == "  m     a tensor  tensor([[1, 2], [3, 4]], shape: [2, 2])" }, "\(result)")
        #expect(!lines.contains { $0.count > 80 }, "\(result)")
    }

    @Test("an answer is judged on what it does: code typed before the exercise does not make it pass, nor can it use that code's variables")
    func judgedOnTheAnswer() async throws {
        let home = try TemporaryDirectory()
        let lessons = try FixtureLessons.folder()
        let input = "\n\nw = 4\nmine = 4\n\nnothing = 0\nw = mine\n:vars\nw = 4\n:where\n"
        let result = try await REPLRun.piped(["repl", "90"], input: input, home: home, lessons: lessons.path)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.hasSuffix("""
            Exercise 'twelve' (1 point): type your code; Enter checks it. :hint, :skip.
            ✘ Not yet: w * 3 should be 12, but it is 6
            Hint 1 of 2:
            Divide 12 by 3.
            Not yet: the code stopped with an error; your variables are as they were before.
            'mine' is a variable you made yourself, outside the lesson. An answer is checked
            on the lesson's variables only, so it must make what it uses.
            Hint 2 of 2:
            w = 4
              mine  a number  4
              w     a number  4
            ✔ Solved 'twelve'. Enter goes on.
            90-tiny (A tiny lesson), step 4 of 6; so far 1/1 exercise, 0/1 question.
            Set w so that w * 3 is 12.
                w = ___
            Solved. Enter goes on.

            """), "\(result)")
        #expect(result.stderr.contains("undefined variable 'mine'"), "\(result)")
    }

    @Test("what goes in the blank, typed alone, is shown in place of the blank; with other starter lines, with them")
    func completedAnswerShown() async throws {
        let home = try TemporaryDirectory()
        let lessons = try FixtureLessons.folder()
        let result = try await REPLRun.piped(["repl", "90"], input: "\n\n\n4\n", home: home, lessons: lessons.path)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("""
            Exercise 'twelve' (1 point): type your code; Enter checks it. :hint, :skip.
            Your answer, in place of the blank:
                w = 4
            ✔ Solved 'twelve'. Enter goes on.
            """), "\(result)")
        #expect(!result.stdout.contains("With the rest of the starter code"), "\(result)")
    }

    @Test("the greeting names the lesson to take next: the unfinished one opened last, else the first not done")
    func greetingSuggestsNextLesson() async throws {
        let home = try TemporaryDirectory()
        let lessons = try FixtureLessons.folder()
        let fresh = try await REPLRun.piped([], input: "", home: home, lessons: lessons.path)
        #expect(fresh.stdout.contains(":open 90 starts 90-tiny (A tiny lesson)."), "\(fresh)")

        // 91 opened last and left unfinished, 90 not started: 91 is the one to go back to.
        _ = try await REPLRun.piped(["repl", "91"], input: "x1 = 1\n\n", home: home, lessons: lessons.path)
        let resume = try await REPLRun.piped([], input: "", home: home, lessons: lessons.path)
        #expect(resume.stdout.contains("Welcome back: :open 91 picks up 91-many at step 3 of 9."), "\(resume)")

        let skipAll = ":open 90\n:goto 4\n:skip\n:skip\n:open 91\n" + String(repeating: ":skip\n", count: FixtureLessons.manyCount)
        _ = try await REPLRun.piped([], input: skipAll, home: home, lessons: lessons.path)
        let done = try await REPLRun.piped([], input: "", home: home, lessons: lessons.path)
        #expect(done.stdout.contains("You have finished every lesson; :open one to go over it again."), "\(done)")
    }

    @Test("the end of a lesson names the next unfinished lesson after it, not one the learner skipped before it")
    func nextAfterFinishing() async throws {
        let home = try TemporaryDirectory()
        let lessons = try FixtureLessons.folder()
        try lessons.write(FixtureLessons.tiny.replacingOccurrences(of: "id: 90-tiny", with: "id: 92-tiny"), to: "92-tiny.md")
        // 90 never opened: finishing 91 sends the learner on to 92.
        let input = ":open 91\n" + String(repeating: ":skip\n", count: FixtureLessons.manyCount)
        let first = try await REPLRun.piped([], input: input, home: home, lessons: lessons.path)
        // The REPL wraps its words at 80 columns here.
        #expect(first.stdout.replacingOccurrences(of: "\n", with: " ").contains(
            "That was the last step of 91-many. Well done! Next: :open 92 starts 92-tiny (A tiny lesson)."), "\(first)")
        // With nothing left after it, the lesson skipped earlier comes round again.
        let second = try await REPLRun.piped([], input: ":open 92\n:goto 4\n:skip\n:skip\n\n", home: home, lessons: lessons.path)
        #expect(second.stdout.replacingOccurrences(of: "\n", with: " ").contains(
            "That was the last step of 92-tiny. Well done! Next: :open 90 starts 90-tiny (A tiny lesson)."), "\(second)")
    }

    @Test("at a question, a line that is no answer but code runs as code; words and broken code are told how to answer")
    func codeAtQuestion() async throws {
        let home = try TemporaryDirectory()
        let lessons = try FixtureLessons.folder()
        let input = ":goto 4\nw = 4\n\nw * 10 + 1\ntwo\nx =\n8\n"
        let result = try await REPLRun.piped(["repl", "90"], input: input, home: home, lessons: lessons.path)
        #expect(result.stdout.hasSuffix("""
            What is 2 * w now?
            Answer with a number.
            41
            That is not an answer, so it ran as code. Answer with a number.
            answer with a number, such as 0.5, 0,5 or 1/2
            answer with a number, such as 0.5, 0,5 or 1/2
            ✔ Right. Enter goes on.

            """), "\(result)")
        #expect(result.stderr == "", "\(result)")
    }

    @Test("a question with several right choices asks for every letter; a lesson that opens with a question's introduction starts on it")
    func severalChoices() async throws {
        let home = try TemporaryDirectory()
        let lessons = try TemporaryDirectory()
        try lessons.write("""
            ---
            id: 92-choices
            title: Choices
            ---
            Think before you pick.

            ```knobs question id=even
            Which are even?

            - [x] 2
            - [ ] 3
            - [x] 4
            ```
            """, to: "92-choices.md")
        let result = try await REPLRun.piped(["repl", "92"], input: "a\na c\n", home: home, lessons: lessons.path)
        #expect(result.stdout == """
            92-choices: Choices, 2 steps. Enter goes on; :help lists the commands.
            Think before you pick.
            Which are even?
            a) 2
            b) 3
            c) 4
            Answer with the letter of every one that holds, as in a c.
            ✘ Not quite.
            ✔ Right. Enter goes on.

            """, "\(result)")
    }
}
