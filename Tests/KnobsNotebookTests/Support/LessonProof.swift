import KnobsLang
import KnobsNotebook
import Testing

/// Proves a lesson by going through it in a ``Session`` as a perfect learner:
/// every code cell runs, each exercise's starter code does not pass and its
/// solution passes every check, hidden ones included, and every question
/// takes its right answer.
enum LessonProof {
    static func prove(_ lesson: Lesson, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let session = Session(lesson: lesson, prepare: GradingSupport.drawing)
        while true {
            let step = session.position
            switch session.current {
            case .prose, .pluginCell:
                break
            case .code(let cell):
                let run = try session.again()
                #expect(run.succeeded, "\(lesson.id) line \(cell.lines.lowerBound): \(render(run.diagnostics))", sourceLocation: sourceLocation)
            case .exercise(let exercise):
                let starter = try session.submit(exercise.cell.text)
                #expect(!starter.passed, "\(lesson.id): the starter code of '\(exercise.id)' passes its checks", sourceLocation: sourceLocation)
                let solution = try #require(exercise.solution, "\(lesson.id): '\(exercise.id)' has no solution", sourceLocation: sourceLocation)
                let attempt = try session.submit(solution.text)
                #expect(attempt.passed, "\(lesson.id): the solution of '\(exercise.id)' fails: \(explain(attempt))", sourceLocation: sourceLocation)
                for check in exercise.checks where check.isHidden {
                    let run = session.interpreter.run(check.source)
                    #expect(run.diagnostics.isEmpty, "\(lesson.id): hidden check of '\(exercise.id)': \(render(run.diagnostics))", sourceLocation: sourceLocation)
                }
            case .question(let question):
                let result = try session.answer(try #require(question.rightAnswer, "\(lesson.id): '\(question.id)' has no key", sourceLocation: sourceLocation))
                #expect(result.verdict == .correct, "\(lesson.id): question '\(question.id)' refuses its own answer", sourceLocation: sourceLocation)
            }
            let move = session.next()
            if move.stop == .atEnd { break }
            // Past a task's introduction, straight onto the task.
            let next = session.introduces(step + 1) ? step + 2 : step + 1
            try #require(move.stop == nil && session.position == next, "\(lesson.id): stuck at step \(step): \(move.stop.map { "\($0)" } ?? "")", sourceLocation: sourceLocation)
        }
        #expect(session.isFinished, "\(lesson.id): not finished at the end", sourceLocation: sourceLocation)
    }

    static func explain(_ attempt: Attempt) -> String {
        switch attempt.verdict {
        case .passed: return "passed"
        case .unfinished: return "still has ___"
        case .triedOut: return "only computed values"
        case .interrupted: return "interrupted"
        case .failed: return render(attempt.run?.diagnostics ?? [])
        case .checkFailed(_, let diagnostic): return render([diagnostic])
        }
    }

    static func render(_ diagnostics: [Diagnostic]) -> String {
        DiagnosticRenderer(color: false).render(diagnostics)
    }
}
