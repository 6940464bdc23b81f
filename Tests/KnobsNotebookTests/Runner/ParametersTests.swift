import KnobsNotebook
import Testing

/// `Parameters`: values that replace a lesson's parameters cell, as papermill's `-p` does.
@Suite("parameters")
struct ParametersTests {
    static let lesson = """
        ```knobs id=parameters
        lr = 0.5
        label = "plain"
        ```

        ```knobs exercise id=e
        x = lr * 2
        ```

        ```knobs check id=e
        expect(near(x, 1), "x should be 1, not {x}")
        ```

        ```knobs
        print(label, lr)
        ```
        """

    @Test("values are assigned right after the parameters cell, so later cells see them")
    func override() throws {
        let lesson = try LessonSupport.lesson(ParametersTests.lesson)
        let plain = Runner(lesson: lesson).run(.asWritten)
        #expect(plain.allPassed && plain.cells.last?.output == "plain 0.5\n")
        let given = try Parameters(assignments: ["lr=0.25", "label=hello {you}"])
        let run = Runner(lesson: lesson, options: RunOptions(parameters: given)).run(.asWritten)
        #expect(run.cells.map(\.kind) == [.code, .parameters, .exercise, .check, .code])
        #expect(run.cells.last?.output == "hello {you} 0.25\n")
        #expect(run.exercises.first?.status == .failed)
        #expect(Transcript().render(run, name: "p.md", parameters: given).contains("parameters given: lr = 0.25, label = \"hello \\{you\\}\""))
    }

    @Test("-p values: numbers, booleans, nil, strings and lists are code; other text is a string; later ones win")
    func assignments() throws {
        let parameters = try Parameters(assignments: ["a=1e-3", "b=true", "c=[1, 2]", "d=adam", "e=\"quoted\"", "a=-2", "f=a=b"])
        #expect(parameters.values.map(\.name) == ["b", "c", "d", "e", "a", "f"])
        #expect(parameters.values.map(\.code) == ["true", "[1, 2]", "\"adam\"", "\"quoted\"", "-2", "\"a=b\""])
    }

    @Test("a YAML file gives numbers, strings, lists and records")
    func yaml() throws {
        let parameters = try Parameters(yaml: "lr: 1e-1\nlayers: [2, 4, 1]\nopt: {name: adam, beta: 0.9}\nflag: no\nword: 'yes'\n")
        #expect(parameters.values.map(\.code) == ["0.1", "[2, 4, 1]", "{name: \"adam\", beta: 0.9}", "false", "\"yes\""])
    }

    @Test("bad names, bad values and a lesson without a parameters cell are refused", arguments: [["x"], ["1x=2"], ["bad name=1"], ["x=[1,"]])
    func refused(_ assignments: [String]) {
        #expect(throws: ParameterError.self) { try Parameters(assignments: assignments) }
    }

    @Test("a lesson without a parameters cell cannot take parameters, and a file that is not a mapping is refused")
    func noCell() throws {
        let lesson = try LessonSupport.lesson("```knobs\nx = 1\n```")
        #expect(throws: ParameterError.self) { try Parameters(assignments: ["x=2"]).check(against: lesson) }
        try Parameters().check(against: lesson)
        #expect(throws: ParameterError.self) { try Parameters(yaml: "- 1\n- 2\n") }
    }
}
