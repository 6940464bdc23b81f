import KnobsLang
import KnobsNotebook

/// Showing steps, Enter, exercises and questions.
extension REPL {
    /// Enter on an empty line: run the current cell, or show the next step.
    func enter() {
        guard let session else {
            say("No lesson is open: :lessons lists them, :open NAME opens one.")
            return
        }
        switch whileRunning({ session.advance() }) {
        case .ran(let run):
            show(run.diagnostics)
            if run.succeeded, session.position + 1 == session.lesson.steps.count { finish(session) }
        case .moved(let move):
            report(move, in: session)
        }
        saveProgress()
    }

    /// Tells the learner where a move ended, and shows the step there.
    func report(_ move: Move, in session: Session) {
        for run in move.ran { show(run.diagnostics) }
        switch move.stop {
        case .atEnd?:
            finish(session)
            return
        case .atStart?:
            say("This is the first step.")
        case .unfinishedTask(let id)?:
            say("First solve '\(id)' (or :skip it).")
        case .cellFailed(let index)?:
            say("Step \(index + 1) failed on the way; fix it here, or :again.")
        case nil:
            break
        }
        showStep(session)
    }

    func finish(_ session: Session) {
        if session.isFinished {
            say("That was the last step of \(session.lesson.id). Well done! :lessons shows what is next.")
        } else {
            let open = session.lesson.steps.compactMap(\.taskID).filter { !session.progress(ofTask: $0).isDone }
            say("That was the last step. Still open: \(open.joined(separator: ", ")); :goto a step to finish it.")
        }
    }

    /// Draws the step the learner is on.
    func showStep(_ session: Session) {
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
                say("Exercise '\(exercise.id)' (\(points)): type your code (an open bracket continues on the next line). :hint, :skip.")
            }
        case .question(let question):
            output(renderer.render(question.prompt))
            for (index, choice) in question.choices.enumerated() {
                output(renderer.render("\(Question.letter(index))) \(choice)"))
            }
            if session.progress(ofTask: question.id).isDone {
                say("Answered. Enter goes on.")
            } else {
                say(question.isMultipleChoice ? "Answer with a letter." : "Answer with a number.")
            }
        }
    }

    private func fenced(_ code: String) -> String {
        "```knobs\n" + code + "\n```"
    }

    func submit(_ code: String, to exercise: Exercise, in session: Session) {
        let attempt: Attempt
        do {
            attempt = try whileRunning { try session.submit(code) }
        } catch {
            say("\(error)")
            return
        }
        // Saved before the learner is told: a "Solved" on the screen is already on disk.
        saveTask(exercise.id, attempt.progress, code: attempt.passed ? code : nil)
        saveProgress()
        switch attempt.verdict {
        case .passed:
            say("✔ Solved '\(exercise.id)'. Enter goes on.".asciiIf(!options.terminal.unicode))
        case .unfinished:
            say("Fill in the blanks (___) first.")
        case .failed:
            if let run = attempt.run { show(run.diagnostics) }
            say("Not yet: the code stopped with an error; your variables are as they were before.")
        case .checkFailed(_, let diagnostic):
            say("✘ Not yet: \(diagnostic.message)".asciiIf(!options.terminal.unicode))
        }
        if !attempt.passed, let hint = attempt.hint {
            showHint(hint)
        } else if !attempt.passed, attempt.progress.attempts >= Session.attemptsBeforeSolution {
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
            case .invalid(let why): say(why)
            case .recorded: say("Answer kept for your teacher to grade (this copy has no answers to check it). Enter goes on.")
            }
            if let hint = result.hint { showHint(hint) }
        } catch {
            say("\(error)")
        }
    }

    func showHint(_ hint: RevealedHint) {
        say("Hint \(hint.number) of \(hint.count):")
        output(renderer.render(hint.text))
    }
}

extension String {
    /// Plain ASCII marks where the terminal cannot show ✔ and ✘.
    func asciiIf(_ condition: Bool) -> String {
        condition ? replacingOccurrences(of: "✔", with: "OK").replacingOccurrences(of: "✘", with: "X") : self
    }
}
