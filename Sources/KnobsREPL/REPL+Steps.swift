import KnobsLang
import KnobsNotebook
import KnobsPluginAPI

/// Showing steps, Enter, exercises and questions.
extension REPL {
    /// Enter on an empty line: run the current cell, or show the next step.
    func enter() {
        guard let session else {
            say("No lesson is open: :lessons lists them, :open NAME opens one.")
            return
        }
        let from = session.position
        switch whileRunning({ session.advance() }) {
        case .ran(let run):
            show(run.diagnostics, interrupted: "Interrupted before step \(session.position + 1) finished; Enter runs it again. What it changed before it stopped stays changed.")
            if run.succeeded, session.position + 1 == session.lesson.steps.count { finish(session) }
        case .moved(let move):
            report(move, in: session, from: from)
        }
        saveProgress()
    }

    /// Tells the learner where a move ended and what ran on the way, and shows the step there
    /// (unless the move stayed on the task at `from`, which the learner has just read).
    func report(_ move: Move, in session: Session, from: Int? = nil, listingRuns: Bool = true) {
        if listingRuns { list(move.ran, in: session) }
        let interrupted = isInterruption(move.ran.last?.diagnostics ?? [])
        for run in move.ran where !interrupted { show(run.diagnostics) }
        switch move.stop {
        case .atEnd?:
            finish(session)
            return
        case .atStart?:
            say("This is the first step.")
        case .unfinishedTask(let id)? where move.position == from:
            say("First solve '\(id)' (or :skip it); :where shows it again.")
            return
        case .unfinishedTask(let id)?:
            say("First solve '\(id)' (or :skip it).")
        case .cellFailed(let index)? where interrupted:
            sayInterrupted("Interrupted on the way, at step \(index + 1); Enter runs it.")
        case .cellFailed(let index)?:
            say("Step \(index + 1) failed on the way; fix it here, or :again.")
        case nil:
            break
        }
        showStep(session)
    }

    /// Names the code cells that ran on the way, each with the first line it printed, so that
    /// nothing a move ran goes unseen: `Ran steps 2 and 4 on the way:` and `  2 │ 7`. (Finished
    /// exercises taken on the way run the learner's accepted code again; that is not news.)
    func list(_ runs: [CellRun], in session: Session) {
        let cells = runs.compactMap { run -> (step: Int, output: String)? in
            guard let step = run.step, case .code = session.lesson.steps[step] else { return nil }
            return (step + 1, run.output)
        }
        let steps = cells.map { String($0.step) }
        guard !steps.isEmpty else { return }
        let printed = cells.filter { !$0.output.isEmpty }
        let names = steps.count == 1 ? steps[0] : steps.dropLast().joined(separator: ", ") + " and " + steps[steps.count - 1]
        say("Ran step\(steps.count == 1 ? "" : "s") \(names) on the way" + (printed.isEmpty ? "." : ":"))
        let bar = options.terminal.unicode ? "│" : "|"
        for (step, printed) in printed {
            var lines = printed.split(separator: "\n", omittingEmptySubsequences: false)
            if lines.last == "" { lines.removeLast() }
            let more = lines.count > 1 ? "  (+\(lines.count - 1) more line\(lines.count == 2 ? "" : "s"))" : ""
            output("  \(step) \(bar) \(lines.first ?? "")\(more)\n")
        }
    }

    func finish(_ session: Session) {
        if session.isFinished {
            say("That was the last step of \(session.lesson.id). Well done! " + nextAfterFinishing(session.lesson.id))
        } else {
            let open = session.lesson.steps.compactMap(\.taskID).filter { !session.progress(ofTask: $0).isDone }
            say("That was the last step. Still open: \(open.joined(separator: ", ")); :goto a step to finish it.")
        }
    }

    /// Draws the step the learner is on; a task comes after the prose that introduces it.
    func showStep(_ session: Session) {
        if let introduction = session.introduction { output(renderer.render(introduction.text)) }
        switch session.current {
        case .prose(let prose):
            output(renderer.render(prose.text))
        case .code(let cell):
            output(renderer.render(fenced(cell.text)))
            say(session.position < session.frontier ? "(already ran; :again runs it again)" : "Enter runs this cell.")
        case .exercise(let exercise):
            output(renderer.render(fenced(exercise.cell.text)))
            let done = session.progress(ofTask: exercise.id)
            if done.solved != nil {
                say("Solved. Enter goes on.")
            } else if done.skipped {
                say("Skipped. Enter goes on.")
            } else {
                let points = exercise.points == 1 ? "1 point" : "\(NumberFormatting.shortest(exercise.points)) points"
                say("Exercise '\(exercise.id)' (\(points)): type your code; Enter checks it. :hint, :skip.")
            }
        case .pluginCell(let cell):
            switch activePlugins.drawCell(kind: cell.kind, source: cell.source, terminal: options.terminal) {
            case .success(let drawn): output(drawn)
            case .failure(let problem): show([problem])
            }
        case .question(let question):
            output(renderer.render(question.prompt))
            for (index, choice) in question.choices.enumerated() {
                output(renderer.render("\(Question.letter(index))) \(choice)"))
            }
            if session.progress(ofTask: question.id).isDone {
                say("Answered. Enter goes on.")
            } else {
                say(question.answerAdvice)
            }
        }
    }

    private func fenced(_ code: String) -> String {
        "```knobs\n" + code + "\n```"
    }

    func submit(_ typed: String, to exercise: Exercise, in session: Session) {
        let completed = exercise.answer(from: typed)
        if completed != typed, !completed.contains(Exercise.blank) {
            say(exercise.hasCodeBesideBlanks ? "With the rest of the starter code, your answer is:" : "Your answer, in place of the blank:")
            output(renderer.render(fenced(completed)))
        }
        let attempt: Attempt
        do {
            attempt = try whileRunning { try session.submit(typed) }
        } catch {
            refuse(error)
            return
        }
        // Saved before the learner is told: a "Solved" on the screen is already on disk.
        saveTask(exercise.id, attempt.progress, code: attempt.passed ? attempt.code : nil)
        saveProgress()
        switch attempt.verdict {
        case .passed:
            say("✔ Solved '\(exercise.id)'. Enter goes on.".asciiIf(!options.terminal.unicode))
        case .unfinished:
            say("Fill in the blanks (___) first.")
        case .interrupted:
            sayInterrupted("Interrupted, so not counted: your variables are as they were before it.")
        case .triedOut:
            say("Tried out, not counted: that computes a value but sets nothing. Your answer sets what the starter code sets.")
        case .failed:
            if let run = attempt.run { show(run.diagnostics) }
            say("Not yet: the code stopped with an error; your variables are as they were before.")
            if let name = attempt.setAside.first(where: { name in attempt.run?.diagnostics.contains { $0.message.contains("'\(name)'") } ?? false }) {
                say("'\(name)' is a variable you made yourself, outside the lesson. An answer is checked on the lesson's variables only, so it must make what it uses.")
            }
        case .checkFailed(_, let diagnostic):
            say("✘ Not yet: \(diagnostic.message)".asciiIf(!options.terminal.unicode))
        }
        if !attempt.passed, let hint = attempt.hint {
            showHint(hint)
        } else if !attempt.passed, attempt.counted, attempt.progress.attempts >= Session.attemptsBeforeSolution {
            say(":solution shows a solution now.")
        }
    }

    func answer(_ text: String, to question: Question, in session: Session) {
        do {
            let result = try session.answer(text)
            saveTask(question.id, result.progress, code: result.verdict == .correct || result.verdict == .recorded ? text : nil)
            saveProgress()
            switch result.verdict {
            case .correct: say("✔ Right. Enter goes on.".asciiIf(!options.terminal.unicode))
            case .wrong: say("✘ Not quite.".asciiIf(!options.terminal.unicode))
            case .invalid where REPL.looksLikeCode(text):
                // Working something out before answering, as the prose may ask ("try a few yourself").
                show(whileRunning { session.run(text) }.diagnostics)
                say("That is not an answer, so it ran as code. " + question.answerAdvice)
            case .invalid(let why): say(why)
            case .recorded: say("Answer kept for your teacher to grade (this copy has no answers to check it). Enter goes on.")
            }
            if let hint = result.hint { showHint(hint) }
        } catch {
            refuse(error)
        }
    }

    /// Whether a line that is no answer to a question is code to run: it parses, and is more than
    /// words (`f(3, 3) - f(2, 3)`, `x = 2`), so that `two` or `a and b` are told how to answer instead.
    static func looksLikeCode(_ text: String) -> Bool {
        !text.allSatisfy { $0.isLetter || $0.isWhitespace } && SourceFile(name: "<input>", text: text).syntaxDiagnostics().isEmpty
    }

    func showHint(_ hint: RevealedHint) {
        say("Hint \(hint.number) of \(hint.count):")
        output(renderer.render(hint.text))
    }
}

extension Question {
    /// How to answer: a number, a letter, or every letter that holds when the key has more than one right.
    var answerAdvice: String {
        guard isMultipleChoice else { return "Answer with a number." }
        if case .choices(let right)? = key, right.count > 1 { return "Answer with the letter of every one that holds, as in a c." }
        return "Answer with a letter."
    }
}

extension String {
    /// Plain ASCII marks where the terminal cannot show ✔ and ✘.
    func asciiIf(_ condition: Bool) -> String {
        condition ? replacingOccurrences(of: "✔", with: "OK").replacingOccurrences(of: "✘", with: "X") : self
    }
}
