import Testing
@testable import KnobsREPL

/// What Tab offers, given the word before the cursor and the line before that word
/// (readline splits words at ``Completer/wordBreaks``, `-` among them).
@Suite("Tab completion")
struct CompleterTests {
    final class Source: CompletionSource {
        var commandNames = ["open", "lessons", "quit"]
        func arguments(of command: String) -> [String] { command == "open" ? ["01-parameters", "02-line", "03-loss"] : [] }
        var names = ["net", "new_weight", "print"]
        func members(of name: String) -> [String] { name == "net" ? ["params", "sizes"] : [] }
    }

    @Test("commands, lesson ids, names and members", arguments: [
        (":op", "", [":open"]),
        ("0", ":open ", ["01-parameters", "02-line", "03-loss"]),
        ("02", ":open ", ["02-line"]),
        ("ne", "", ["net", "new_weight"]),
        ("net.pa", "x = ", ["net.params"]),
    ])
    func candidates(word: String, prefix: String, expected: [String]) {
        let source = Source()
        #expect(Completer(source: source).candidates(for: word, after: prefix) == expected)
    }

    @Test("a lesson id is completed after the - that readline breaks words at")
    func lessonIDWithDash() {
        let source = Source()
        // `:open 02-l`: readline's word is `l`; the completion replaces it with the rest of the id.
        #expect(Completer(source: source).candidates(for: "l", after: ":open 02-") == ["line"])
        #expect(Completer(source: source).candidates(for: "", after: ":open 03-") == ["loss"])
    }
}
