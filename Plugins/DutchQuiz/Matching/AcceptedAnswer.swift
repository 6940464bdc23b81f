/// One right answer: as the deck writes it, and the key an answer is compared with.
struct AcceptedAnswer {
    /// As shown to the learner: `to adjust`, `het gewicht`.
    let display: String
    /// As compared: normalised, optional parts resolved, English lead words removed.
    let key: String

    /// The accepted keys of one English meaning: each `(…)` part both kept and left out, and
    /// `to`, `a`, `an`, `the` at the start optional.
    static func meaning(_ meaning: String) -> [AcceptedAnswer] {
        variants(of: meaning).map { AcceptedAnswer(display: meaning, key: withoutEnglishLead(AnswerText.comparable($0))) }
    }

    /// `text` with every combination of its parenthesised parts kept or left out (at most three parts).
    static func variants(of text: String) -> [String] {
        guard let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { return [text] }
        let before = text[..<open]
        let inside = text[text.index(after: open)..<close]
        let after = String(text[text.index(after: close)...])
        let rest = variants(of: after)
        return rest.map { before + inside + $0 } + rest.map { before + " " + $0 }
    }

    /// The words an English answer may leave out at its start: `to` before a verb, an article before a noun.
    static func withoutEnglishLead(_ key: String) -> String {
        for lead in ["to ", "a ", "an ", "the "] where key.hasPrefix(lead) && key.count > lead.count {
            return String(key.dropFirst(lead.count))
        }
        return key
    }
}
