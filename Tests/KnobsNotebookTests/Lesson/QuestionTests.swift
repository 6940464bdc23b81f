import KnobsNotebook
import Testing

/// Question cells: their two forms, their mistakes, and how answers are judged.
@Suite("questions")
struct QuestionTests {
    func question(_ body: String) throws -> Question {
        let lesson = try LessonSupport.lesson("```knobs question id=q\n\(body)\n```\n")
        guard case .question(let question) = lesson.steps[0] else { throw SessionError.notAQuestion }
        return question
    }

    @Test("multiple choice: one right answer, by letter in any case")
    func singleChoice() throws {
        let q = try question("How many?\n\n- [ ] one\n- [x] two\n* [ ] three")
        #expect(q.prompt == "How many?")
        #expect(q.judge("b") == .correct)
        #expect(q.judge(" B) ") == .correct)
        #expect(q.judge("a") == .wrong)
        #expect(q.judge("a b") == .wrong)
        #expect(q.judge("d") == .invalid("choose by letter, a to c"))
        #expect(q.judge("two") == .invalid("choose by letter, a to c"))
        #expect(q.judge("") == .invalid("choose by letter, a to c"))
    }

    @Test("multiple choice: several right answers must all be picked")
    func severalChoices() throws {
        let q = try question("Which?\n- [x] a\n- [ ] b\n- [X] c")
        #expect(q.judge("a c") == .correct)
        #expect(q.judge("c, a") == .correct)
        #expect(q.judge("AC") == .correct)
        #expect(q.judge("a") == .wrong)
        #expect(q.judge("a b c") == .wrong)
    }

    @Test("numbers: a tolerance as a distance, a percentage, or near's default")
    func numbers() throws {
        let absolute = try question("Loss?\nanswer: 0.3\ntolerance: 0.1")
        #expect(absolute.key == .number(0.3, .absolute(0.1)))
        #expect(absolute.judge("0.4") == .correct)
        #expect(absolute.judge("0,2") == .correct)
        #expect(absolute.judge("0.41") == .wrong)
        #expect(absolute.judge("zero") == .invalid("answer with a number, such as 0.5, 0,5 or 1/2"))
        let relative = try question("Big?\nanswer: 200\ntolerance: 1%")
        #expect(relative.judge("202") == .correct)
        #expect(relative.judge("203") == .wrong)
        let standard = try question("Third?\nanswer: 1/3")
        #expect(standard.judge("0.3333333") == .correct)
        #expect(standard.judge("1/3") == .correct)
        #expect(standard.judge("0.333") == .wrong)
        #expect(standard.judge("1/0") == .invalid("answer with a number, such as 0.5, 0,5 or 1/2"))
    }

    @Test("the right answer as typed, and the key in words")
    func rightAnswers() throws {
        #expect(try question("Which?\n- [x] a\n- [ ] b\n- [X] c").rightAnswer == "a c")
        let absolute = try question("Loss?\nanswer: 0.3\ntolerance: 0.1")
        #expect(absolute.rightAnswer == "0.3" && absolute.keyDescription == "0.3 ± 0.1")
        #expect(try question("Big?\nanswer: 200\ntolerance: 1%").keyDescription == "200 ± 1%")
        #expect(try question("Third?\nanswer: 1/3").judge(try question("Third?\nanswer: 1/3").rightAnswer ?? "") == .correct)
    }

    @Test("a learner's copy: choices unmarked and answer: ___, or filled in; no key, so answers are recorded")
    func learnerCopy() throws {
        let choices = try question("Which?\n- [ ] a\n- [ ] b\n\nanswer: ___")
        #expect(choices.key == nil && choices.choices == ["a", "b"] && choices.rightAnswer == nil)
        #expect(choices.judge("B") == .recorded)
        #expect(choices.judge("c") == .invalid("choose by letter, a to b"))
        let number = try question("How much?\n\nanswer: ___")
        #expect(number.key == nil && !number.isMultipleChoice)
        #expect(number.judge("3/4") == .recorded)
        #expect(number.judge("lots") == .invalid("answer with a number, such as 0.5, 0,5 or 1/2"))
        let filled = try question("Which?\n- [ ] a\n- [x] b\nanswer: a")
        #expect(filled.key == nil, "with an answer: line, the marks are the learner's, not a key")
    }

    @Test("malformed questions", arguments: [
        ("Which?\n- [ ] a\n- [ ] b", "no choice is marked right"),
        ("Which?\n- [x] a", "a multiple-choice question needs at least two choices"),
        ("Which?", "the question has no answer"),
        ("- [x] a\n- [ ] b", "the question has no text"),
        ("Which?\n- [x] a\n- [ ] b\nanswer: 1", "a question has either choices or a numeric answer, not both"),
        ("Which?\n- [x] a\n- [ ] b\nanswer: z", "the answer to a multiple-choice question is letters, or ___ in a learner's copy"),
        ("How much?\nanswer: lots", "the answer must be a number"),
        ("How much?\nanswer: 1\ntolerance: -1", "the tolerance must be a number of at least 0, or a percentage"),
        ("Which?\n- [x] a\n- [ ] b\ntolerance: 1", "a tolerance belongs to a numeric answer"),
        ("Which?\n- [x] a\nmore text\n- [ ] b", "the question's text goes before its choices or answer"),
    ])
    func malformed(_ body: String, _ message: String) {
        let problems = LessonSupport.bodyProblems("```knobs question id=q\n\(body)\n```\n")
        #expect(problems.count == 1 && problems.first?.hasSuffix(": " + message) == true, "\(problems)")
    }
}
