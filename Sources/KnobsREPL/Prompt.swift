import KnobsNotebook
import KnobsTerminal

/// The REPL's prompts: `knobs ›`, or with a lesson open `knobs 02-line 3/11 ›`; `…` when input goes on.
///
/// On an exercise or question still to do, the prompt names it
/// (`knobs 01-parameters 6/17 exercise ›`): what the learner types there is
/// an answer, not free code.
enum Prompt {
    static func main(session: Session?, terminal: Terminal) -> String {
        let arrow = terminal.unicode ? "›" : ">"
        guard let session else { return "knobs \(arrow) " }
        let place = "\(session.lesson.id) \(session.position + 1)/\(session.lesson.steps.count)"
        return "knobs \(place)" + (mode(session).map { " \($0)" } ?? "") + " \(arrow) "
    }

    /// `exercise` or `question` when the line typed next answers one, else nil (the line is code).
    static func mode(_ session: Session) -> String? {
        guard let id = session.current.taskID, !session.progress(ofTask: id).isDone else { return nil }
        if case .exercise = session.current { return "exercise" }
        return "question"
    }

    static func continuation(_ terminal: Terminal) -> String {
        terminal.unicode ? "    … " : "  ... "
    }
}
