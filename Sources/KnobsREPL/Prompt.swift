import KnobsNotebook
import KnobsTerminal

/// The REPL's prompts: `knobs ›`, or with a lesson open `knobs 02-line 3/11 ›`; `…` when input goes on.
enum Prompt {
    static func main(session: Session?, terminal: Terminal) -> String {
        let arrow = terminal.unicode ? "›" : ">"
        guard let session else { return "knobs \(arrow) " }
        let place = "\(session.lesson.id) \(session.position + 1)/\(session.lesson.steps.count)"
        return "knobs \(place) \(arrow) "
    }

    static func continuation(_ terminal: Terminal) -> String {
        terminal.unicode ? "    … " : "  ... "
    }
}
