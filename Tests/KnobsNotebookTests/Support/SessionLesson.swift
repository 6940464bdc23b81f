import Foundation
import KnobsNotebook

/// A small lesson that the session tests walk through.
///
/// Steps: 0 prose, 1 code (w = 1, r = rand()), 2 exercise `double` (two hints),
/// 3 code (after = w + 1), 4 question `two` (one hint), 5 prose.
enum SessionLesson {
    static let text = """
        ---
        id: session
        title: Session
        seed: 5
        ---
        Intro.

        ```knobs
        w = 1
        r = rand()
        ```

        ```knobs exercise id=double
        # Double w.
        w = ___
        ```

        ```knobs hint id=double
        first
        ```

        ```knobs hint id=double
        second
        ```

        ```knobs solution id=double
        w = w * 2
        ```

        ```knobs check id=double
        leak = "checks cannot leave variables behind"
        expect(w == 2, "w should be 2, not {w}")
        ```

        ```knobs
        after = w + 1
        ```

        ```knobs question id=two
        One plus one?
        answer: 2
        ```

        ```knobs hint id=two
        count
        ```

        Done.
        """

    static func lesson() throws -> Lesson {
        try Lesson(text: text, name: "session.md")
    }

    /// A session on this lesson whose clock always says the same time.
    static func session(liveOutput: ((String) -> Void)? = nil) throws -> Session {
        Session(lesson: try lesson(), clock: { Date(timeIntervalSince1970: 1_000) }, liveOutput: liveOutput)
    }
}

extension Session {
    /// A top-level variable's value as the REPL shows it, or nil when it has none.
    func shown(_ name: String) -> String? {
        interpreter.value(of: name)?.summary
    }
}
