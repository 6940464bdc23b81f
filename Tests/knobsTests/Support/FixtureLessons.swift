import Foundation

/// Small lessons written for the REPL tests, so that a transcript depends on
/// the REPL and not on the wording of the bundled lessons.
enum FixtureLessons {
    /// Prose, a code cell, an exercise with two hints, and a numeric question: 5 steps.
    static let tiny = """
        ---
        id: 90-tiny
        title: A tiny lesson
        summary: One of each kind of step, for the transcript tests.
        ---

        A knob called w.

        ```knobs
        w = 2
        w * 3
        ```

        Set w so that w * 3 is 12.

        ```knobs exercise id=twelve
        w = ___
        ```

        ```knobs hint id=twelve
        Divide 12 by 3.
        ```

        ```knobs hint id=twelve
        w = 4
        ```

        ```knobs solution id=twelve
        w = 4
        ```

        ```knobs check id=twelve
        expect(w * 3 == 12, "w * 3 should be 12, but it is {w * 3}")
        ```

        ```knobs question id=double
        What is 2 * w now?

        answer: 8
        ```

        That is all.

        """

    /// How many exercises ``many`` has.
    static let manyCount = 8

    /// An opening paragraph and ``manyCount`` exercises in a row, `e1` … `e8`: exercise `ei` wants `xi = i`.
    static let many: String = {
        var text = """
            ---
            id: 91-many
            title: Many small exercises
            summary: Exercises one after the other, for the kill test.
            ---

            Eight exercises in a row.

            """
        for index in 1...manyCount {
            text += """

                ```knobs exercise id=e\(index)
                x\(index) = ___
                ```

                ```knobs hint id=e\(index)
                x\(index) = \(index)
                ```

                ```knobs solution id=e\(index)
                x\(index) = \(index)
                ```

                ```knobs check id=e\(index)
                expect(x\(index) == \(index), "x\(index) should be \(index)")
                ```

                """
        }
        return text
    }()

    /// The input that goes through ``many``: for each exercise, Enter to reach it, a wrong answer, the right one.
    static let manyScript: String = (1...manyCount).map { "\n" + "x\($0) = 0\n" + "x\($0) = \($0)\n" }.joined()

    /// A folder holding the fixture lessons, removed when dropped.
    static func folder() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try folder.write(tiny, to: "90-tiny.md")
        try folder.write(many, to: "91-many.md")
        return folder
    }
}
