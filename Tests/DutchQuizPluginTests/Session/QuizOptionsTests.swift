import Foundation
import Testing
@testable import DutchQuizPlugin

/// What `:quiz` reads from the words typed after it.
@Suite("quiz options")
struct QuizOptionsTests {
    @Test("a deck and options, in any order, with --name value or --name=value")
    func parse() throws {
        #expect(try QuizOptions.parse("") == QuizOptions())
        #expect(try QuizOptions.parse("corner") == QuizOptions(deck: "corner"))
        let options = try QuizOptions.parse("--mode=cloze corner --new 5 --seed 42 --now 2024-03-01T10:00:00+01:00 --stats")
        #expect(options == QuizOptions(deck: "corner", mode: .cloze, newLimit: 5, seed: 42, now: ScriptedQuiz.start, stats: true))
        #expect(try QuizOptions.parse("--deck /tmp/words.tsv").deck == "/tmp/words.tsv")
        #expect(try QuizOptions.parse("--mode nl-en").mode == .recognition)
        #expect(try QuizOptions.parse("--mode EN-NL").mode == .production)
        #expect(try QuizOptions.parse("--mode mc").mode == .choice)
        #expect(try QuizOptions.parse("corner --articles") == QuizOptions(deck: "corner", articles: true))
    }

    @Test("what cannot be used is said in one sentence", arguments: [
        ("--mode spelling", "there is no mode 'spelling'; the modes are mixed, recognition, production, choice, cloze, listening"),
        ("--new -1", "--new takes a whole number of words, 0 or more, not '-1'"),
        ("--new", "--new needs a value"),
        ("--seed x", "--seed takes a whole number from 0 to 18446744073709551615, not 'x'"),
        ("--now yesterday", "--now: 'yesterday' is not a date and time; write an ISO 8601 time with a time zone, such as 2024-03-01T09:00:00Z"),
        ("--now 2024-03-01T09:00:00", "--now: '2024-03-01T09:00:00' has no time zone; write an ISO 8601 time with a time zone, such as 2024-03-01T09:00:00Z"),
        ("corner ai", "give one deck, not 'corner' and 'ai'"),
        ("--stat", "unknown option '--stat' (did you mean --stats?)"),
        ("--article", "unknown option '--article' (did you mean --articles?)"),
        ("-x", "unknown option '-x'"),
    ])
    func problems(text: String, message: String) {
        #expect(throws: QuizOptionsError(message)) { try QuizOptions.parse(text) }
    }
}
