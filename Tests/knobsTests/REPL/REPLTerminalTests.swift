import Foundation
import Testing

/// The REPL as a learner meets it: the real binary on a pseudo-terminal,
/// driven key by key, with readline, completion, history and Ctrl-C.
///
/// Each test has its own data directory; every child is killed at the end of
/// its test, passed or failed. The suite runs its tests one at a time, so that
/// the Ctrl-C timing is not measured against its own siblings' start-ups.
@Suite("the REPL on a terminal", .serialized)
struct REPLTerminalTests {
    /// Enough for Ctrl-C to stop a running loop and bring the prompt back on a
    /// loaded CI machine running a debug build; the issue asks for 100 ms, and
    /// a quiet machine takes a few milliseconds (see the test's output).
    static let interruptBound: Duration = .milliseconds(750)

    /// Answers to the tasks of `01-parameters`, by exercise id or by a phrase of the question.
    static let answers: [(String, String)] = [
        ("Exercise 'make-ten'", "b = 4; a = 3"),
        ("Exercise 'gemini-ratio'", "7e12 / gpt3"),
        ("Exercise 'three-a-minus-b'", "fn g(a, b) = 3*a - b"),
        ("by how much does", "2"),
        ("what are the parameters?", "b"),
    ]

    /// The steps of `01-parameters` that introduce a task: prose shown with the task after it, never on its own.
    static let introductions: Set<Int> = [5, 11, 13, 17, 19]

    @Test("a whole lesson stepped through with Enter, answering its exercises and questions")
    func wholeLesson() async throws {
        let home = try TemporaryDirectory()
        let terminal = try REPLRun.terminal(["repl", "01"], home: home)
        defer { terminal.close() }

        var (output, prompt) = try await terminal.expectPrompt()
        #expect(output.contains("01-parameters: The knobs you turn, 21 steps."))
        #expect(prompt == "knobs 01-parameters 1/21 › ")
        var transcript = output
        var steps = [1]
        var finished = false
        // Enter, or the answer to the exercise or question just shown, until the lesson says it is over.
        for _ in 0..<60 {
            if output.contains("That was the last step") {
                finished = true
                break
            }
            let line = Self.answers.first { output.contains($0.0) && !output.contains("✔") }?.1 ?? ""
            terminal.type(line, .enter)
            (output, prompt) = try await terminal.expectPrompt()
            transcript += output
            steps.append(try #require(Int(prompt.split(separator: " ")[2].split(separator: "/")[0])))
            // An exercise or question still to do says so in the prompt; once done, the prompt is plain again.
            let pending = Self.answers.contains { output.contains($0.0) } && !output.contains("✔")
            let mode = prompt.split(separator: " ")[3]
            #expect(mode == (!pending ? "›" : output.contains("Exercise '") ? "exercise" : "question"), "\(prompt) after:\n\(output)")
        }
        #expect(finished, "the lesson never ended:\n\(transcript)")
        #expect(transcript.contains("That was the last step of 01-parameters. Well done! Next: :open 02 starts 02-line"), "\(transcript)")
        #expect(steps.last == 21)
        #expect(zip(steps, steps.dropFirst()).allSatisfy { $0 <= $1 }, "steps went back: \(steps)")
        #expect(Set(steps) == Set(1...21).subtracting(Self.introductions), "some step was never shown, or an introduction on its own: \(steps)")
        for introduction in ["Which value of a makes 2*a + b equal to 10?", "Try a few yourself", "That number, how much",
                             "GPT-3s would that be", "Write your own formula"] {
            #expect(transcript.contains(introduction), "the introduction \(introduction.debugDescription) was never shown")
        }
        // The cells' results, the plot, the three exercises and the two questions.
        for expected in ["\n7\n", "\n13\n", "7 13 0", "2*a + b as the knob a turns", "✔ Solved 'make-ten'", "✔ Solved 'gemini-ratio'",
                         "✔ Solved 'three-a-minus-b'"] {
            #expect(transcript.contains(expected), "missing \(expected.debugDescription) in:\n\(transcript)")
        }
        #expect(transcript.components(separatedBy: "✔ Right.").count == 3, "\(transcript)")
        #expect(!transcript.contains("error"), "\(transcript)")

        terminal.type(":quit", .enter)
        #expect(try await terminal.waitForExit() == .init(exitCode: 0))
        let listing = try await KnobsBinary.run(["lessons", "--lessons", REPLRun.bundledLessons], environment: REPLRun.environment(home: home))
        // The columns are as wide as the longest id and title of the bundled lessons.
        #expect(listing.stdout.contains(try Regex(#"01-parameters +The knobs you turn +done, 3/3 exercises, 2/2 questions, opened"#)), "\(listing)")
        #expect(listing.stdout.contains("00-welcome") && !listing.stdout.contains("README"), "the syllabus is no lesson: \(listing)")
    }

    @Test("an exercise failed (the check's message, the first hint, the variables rolled back), then passed with only what goes in the blank")
    func exerciseFailedThenPassed() async throws {
        let home = try TemporaryDirectory()
        let terminal = try REPLRun.terminal(["repl", "01"], home: home)
        defer { terminal.close() }
        try await terminal.expectPrompt()

        terminal.type(":goto 6", .enter)
        let exercise = try await terminal.expectPrompt()
        #expect(exercise.output.contains("a = ___"))
        #expect(exercise.output.contains("Exercise 'make-ten' (1 point)"))
        #expect(exercise.prompt == "knobs 01-parameters 6/21 exercise › ")

        // Only the line with the blank: the starter's b = 4 runs first.
        terminal.type("a = 2", .enter)
        let failed = try await terminal.expectPrompt()
        #expect(failed.output.contains("✘ Not yet: 2*a + b should be 10, but it is 8"), "\(failed.output)")
        #expect(failed.output.contains("Hint 1 of 2:"), "\(failed.output)")
        #expect(failed.output.contains("With b = 4 the formula reads"), "\(failed.output)")
        #expect(!failed.output.contains("Hint 2 of 2"), "\(failed.output)")

        // The failed attempt's b = 4 and a = 2 are undone: the cells before left a = 5, b = 3.
        terminal.type(":vars", .enter)
        let before = try await terminal.expectPrompt()
        #expect(before.output.contains("  a  a number  5\n"), "\(before.output)")
        #expect(before.output.contains("  b  a number  3\n"), "\(before.output)")

        // Only what goes in the blank.
        terminal.type("3", .enter)
        let passed = try await terminal.expectPrompt()
        #expect(passed.output.contains("With the rest of the starter code, your answer is:\n    b = 4\n    a = 3\n"), "\(passed.output)")
        #expect(passed.output.contains("✔ Solved 'make-ten'. Enter goes on."), "\(passed.output)")
        #expect(passed.prompt == "knobs 01-parameters 6/21 › ", "solved: what comes next is code again")
        terminal.type(":vars", .enter)
        let after = try await terminal.expectPrompt()
        #expect(after.output.contains("  a  a number  3\n"), "\(after.output)")
        #expect(after.output.contains("  b  a number  4\n"), "\(after.output)")

        terminal.press(.enter)
        #expect(try await terminal.expectPrompt().prompt == "knobs 01-parameters 7/21 › ")
    }

    @Test(":hint gives one more hint each time; :solution is refused before 3 honest attempts")
    func hintsAndSolution() async throws {
        let home = try TemporaryDirectory()
        let terminal = try REPLRun.terminal(["repl", "01"], home: home)
        defer { terminal.close() }
        try await terminal.expectPrompt()
        terminal.type(":goto 6", .enter)
        try await terminal.expectPrompt()

        terminal.type(":solution", .enter)
        #expect(try await terminal.expectPrompt().output.contains("The solution opens after 3 honest attempts: 3 to go"))
        terminal.type(":hint", .enter)
        let first = try await terminal.expectPrompt().output
        #expect(first.contains("Hint 1 of 2:") && first.contains("With b = 4 the formula reads"), "\(first)")
        terminal.type(":hi", .enter)  // a unique start of a command is enough
        let second = try await terminal.expectPrompt().output
        #expect(second.contains("Hint 2 of 2:") && second.contains("Which number doubled is 6?"), "\(second)")
        terminal.type(":hint", .enter)
        #expect(try await terminal.expectPrompt().output.contains("That was the last hint (2 of 2)."))

        // Two honest attempts, and one that repeats the last: it does not count.
        for (attempt, result) in [("a = 1", 6), ("a = 2", 8), ("a = 2", 8)] {
            terminal.type(attempt, .enter)
            #expect(try await terminal.expectPrompt().output.contains("✘ Not yet: 2*a + b should be 10, but it is \(result)"))
        }
        terminal.type(":solution", .enter)
        let locked = try await terminal.expectPrompt().output
        #expect(locked.contains("1 to go"), "\(locked)")
        #expect(!locked.contains("a = 3"), "\(locked)")

        terminal.type("a = 4", .enter)
        #expect(try await terminal.expectPrompt().output.contains(":solution shows a solution now."))
        terminal.type(":solution", .enter)
        let solution = try await terminal.expectPrompt().output
        #expect(solution.contains("b = 4\n") && solution.contains("a = 3\n"), "\(solution)")
    }

    @Test("Tab completes a command, a lesson id, a variable, and a property after a dot")
    func completion() async throws {
        let home = try TemporaryDirectory()
        let terminal = try REPLRun.terminal([], home: home)
        defer { terminal.close() }
        try await terminal.expectPrompt()

        terminal.type(":op", .tab)
        try await terminal.expect(":open ")
        terminal.type("02-l", .tab)
        try await terminal.expect("02-line")
        terminal.press(.enter)
        let opened = try await terminal.expectPrompt()
        #expect(opened.output.contains("02-line: A line has two knobs"), "\(opened.output)")

        terminal.type("learning_rate = 0.5", .enter)
        try await terminal.expectPrompt()
        terminal.type("learning_r", .tab)
        try await terminal.expect("learning_rate")
        terminal.type(" * 4", .enter)
        #expect(try await terminal.expectPrompt().output.contains("\n2\n"))

        terminal.type("net = mlp([2, 3, 1])", .enter)
        try await terminal.expectPrompt()
        terminal.type("len(net.pa", .tab)
        try await terminal.expect("len(net.params")
        terminal.type(")", .enter)
        // mlp([2, 3, 1]) has 2 layers, each a weight and a bias.
        #expect(try await terminal.expectPrompt().output.contains("\n4\n"))
    }

    @Test("Tab completes a plugin's function in free code, and an object's member it returned")
    func pluginCompletion() async throws {
        let home = try TemporaryDirectory()
        let terminal = try REPLRun.terminal([], home: home)
        defer { terminal.close() }
        try await terminal.expectPrompt()

        // lr_at comes from the optimizers plugin, which free code gets.
        terminal.type("lr_a", .tab)
        try await terminal.expect("lr_at")
        terminal.type("(schedule(\"step\", lr: 0.1, step_size: 2, gamma: 0.5), 5)", .enter)
        #expect(try await terminal.expectPrompt().output.contains("\n0.025\n"))

        terminal.type("s = surface(\"saddle\")", .enter)
        try await terminal.expectPrompt()
        terminal.type("s.mini", .tab)
        try await terminal.expect("s.minima")
        terminal.press(.enter)
        #expect(try await terminal.expectPrompt().output.contains("[[0, 1], [0, -1]]"))
    }

    @Test("history is kept across two runs: Up brings back a line of the first, and Ctrl-R finds one")
    func historyAcrossRuns() async throws {
        let home = try TemporaryDirectory()
        do {
            let first = try REPLRun.terminal([], home: home)
            defer { first.close() }
            try await first.expectPrompt()
            first.type("history_marker = 6 * 7", .enter)
            try await first.expectPrompt()
            first.type("print(\"recalled\", history_marker)", .enter)
            #expect(try await first.expectPrompt().output.contains("recalled 42"))
            first.type("1 + 1", .enter)
            try await first.expectPrompt()
            first.press(.ctrlD)
            #expect(try await first.waitForExit() == .init(exitCode: 0))
        }
        #expect(FileManager.default.fileExists(atPath: home.file("history")))

        let second = try REPLRun.terminal([], home: home)
        defer { second.close() }
        try await second.expectPrompt()
        // Up three times: 1 + 1, the print, then the assignment, which only the first run typed.
        second.press(.up, .up, .up)
        try await second.expect("history_marker = 6 * 7")
        second.press(.enter)
        try await second.expectPrompt()
        second.press(.ctrlR)
        second.type("recal")
        try await second.expect("print(\"recalled\", history_marker)")
        second.press(.enter)
        // The print runs in the second run, so history_marker is set: the Up arrow brought it back.
        #expect(try await second.expectPrompt().output.contains("recalled 42"))
    }

    @Test("Ctrl-C stops `while true {}` quickly and the session goes on, its variables intact")
    func interruptRunningCode() async throws {
        let home = try TemporaryDirectory()
        // Limits far away, so only Ctrl-C ends the loop (50 million steps take about a second).
        let terminal = try REPLRun.terminal(["repl", "01", "--max-steps", "1000000000000", "--timeout", "600"], home: home)
        defer { terminal.close() }
        try await terminal.expectPrompt()
        terminal.type("kept = 41", .enter)
        try await terminal.expectPrompt()

        var latencies: [Duration] = []
        for _ in 0..<3 {
            // The loop announces itself, so Ctrl-C comes while it runs, not before.
            terminal.type("print(\"now \" + \"looping\"); while true {}", .enter)
            try await terminal.expect("now looping")
            let start = ContinuousClock.now
            terminal.press(.ctrlC)
            let back = try await terminal.expectPrompt()
            latencies.append(ContinuousClock.now - start)
            // The terminal echoes ^C where the cursor is; the REPL's word on it comes on a line of its own.
            #expect(back.output.contains("^C\nInterrupted. What the code changed before it stopped stays changed"), "\(back.output)")
            #expect(back.prompt == "knobs 01-parameters 1/21 › ")
        }
        print("Ctrl-C to prompt: " + latencies.map { String(format: "%.1f ms", $0 / .milliseconds(1)) }.joined(separator: ", "))
        for latency in latencies {
            #expect(latency < Self.interruptBound, "Ctrl-C took \(latency) to bring the prompt back")
        }

        terminal.type("kept + 1", .enter)
        #expect(try await terminal.expectPrompt().output.contains("\n42\n"))
        terminal.press(.enter)
        #expect(try await terminal.expectPrompt().prompt == "knobs 01-parameters 2/21 › ")
    }

    @Test("Ctrl-C at the prompt drops the line being typed, and the REPL goes on")
    func interruptAtPrompt() async throws {
        let home = try TemporaryDirectory()
        let terminal = try REPLRun.terminal([], home: home)
        defer { terminal.close() }
        try await terminal.expectPrompt()
        terminal.type("no_such_name_here")
        try await terminal.expect("no_such_name_here")
        terminal.press(.ctrlC)
        try await terminal.expectPrompt()
        terminal.type("6 * 7", .enter)
        let next = try await terminal.expectPrompt()
        #expect(next.output.contains("\n42\n"), "\(next.output)")
        #expect(!next.output.contains("no_such_name_here"), "the dropped line ran: \(next.output)")
        #expect(!next.output.contains("error"), "\(next.output)")
    }

    /// The text and the Ctrl-C are two writes, so readline may be told "input ready" for the text
    /// just before the Ctrl-C arrives; a terminal that flushed its input on Ctrl-C then left
    /// readline waiting for a key, with the Ctrl-C unseen (about one time in 30).
    @Test("Ctrl-C straight after typed text drops the line every time: 60 in a row")
    func interruptRightAfterTyping() async throws {
        let home = try TemporaryDirectory()
        let terminal = try REPLRun.terminal([], home: home)
        defer { terminal.close() }
        try await terminal.expectPrompt()
        for _ in 1...60 {
            terminal.type("half a li")
            terminal.press(.ctrlC)
            try await terminal.expectPrompt(timeout: .seconds(20))
        }
        terminal.type("6 * 7", .enter)
        let next = try await terminal.expectPrompt()
        #expect(next.output.contains("\n42\n"), "\(next.output)")
        #expect(!next.output.contains("half a li"), "a dropped line ran: \(next.output)")
    }

    @Test("Ctrl-D leaves with exit 0, and the lesson opens again where it was left")
    func ctrlDSavesProgress() async throws {
        let home = try TemporaryDirectory()
        do {
            let first = try REPLRun.terminal(["repl", "01"], home: home)
            defer { first.close() }
            try await first.expectPrompt()
            first.type(":goto 6", .enter)
            try await first.expectPrompt()
            first.type("b = 4; a = 3", .enter)
            #expect(try await first.expectPrompt().output.contains("✔ Solved 'make-ten'"))
            first.press(.enter)
            #expect(try await first.expectPrompt().prompt == "knobs 01-parameters 7/21 › ")
            first.type("left_over = 1", .enter)
            try await first.expectPrompt()
            first.press(.ctrlD)
            #expect(try await first.waitForExit() == .init(exitCode: 0))
        }

        let second = try REPLRun.terminal([], home: home)
        defer { second.close() }
        #expect(try await second.expectPrompt().output.contains("Welcome back: :open 01 picks up 01-parameters at step 7 of 21."))
        second.type(":open 01", .enter)
        let resumed = try await second.expectPrompt()
        #expect(resumed.output.contains("Welcome back: step 7 of 21."), "\(resumed.output)")
        #expect(resumed.prompt == "knobs 01-parameters 7/21 › ")
        second.type(":goto 6", .enter)
        #expect(try await second.expectPrompt().output.contains("Solved. Enter goes on."))
        // The accepted answer ran again on the way back: a and b are the learner's.
        second.type(":vars", .enter)
        #expect(try await second.expectPrompt().output.contains("  a  a number  3\n"))
    }

    @Test("the prompt shows the lesson and the step")
    func promptShowsStep() async throws {
        let home = try TemporaryDirectory()
        let terminal = try REPLRun.terminal(["repl", "02-line"], home: home)
        defer { terminal.close() }
        let opening = try await terminal.expectPrompt()
        let count = try #require(opening.output.firstMatch(of: /A line has two knobs, (\d+) steps\./)?.1)
        #expect(opening.prompt == "knobs 02-line 1/\(count) › ")
        terminal.press(.enter)
        #expect(try await terminal.expectPrompt().prompt == "knobs 02-line 2/\(count) › ")
        terminal.type(":goto 3", .enter)
        #expect(try await terminal.expectPrompt().prompt == "knobs 02-line 3/\(count) › ")
        terminal.type(":back", .enter)
        #expect(try await terminal.expectPrompt().prompt == "knobs 02-line 2/\(count) › ")
    }

    @Test("an open brace continues the input with the … prompt until it closes")
    func multiLineInput() async throws {
        let home = try TemporaryDirectory()
        let terminal = try REPLRun.terminal([], home: home)
        defer { terminal.close() }
        try await terminal.expectPrompt()
        terminal.type("fn twice(x) {", .enter)
        try await terminal.expect("\n    … ")
        terminal.type("  y = x * 2", .enter)
        try await terminal.expect("\n    … ")
        terminal.type("  return y", .enter)
        try await terminal.expect("\n    … ")
        terminal.type("}", .enter)
        let defined = try await terminal.expectPrompt()
        #expect(!defined.output.contains("error"), "\(defined.output)")
        terminal.type("twice(21)", .enter)
        #expect(try await terminal.expectPrompt().output.contains("\n42\n"))

        terminal.type("[1,", .enter)
        try await terminal.expect("\n    … ")
        terminal.type(" 2]", .enter)
        #expect(try await terminal.expectPrompt().output.contains("[1, 2]"))
    }
}
