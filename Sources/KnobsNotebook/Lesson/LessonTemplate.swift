import Foundation

/// The starter lesson `knobs new lesson NAME` writes: one of each kind of cell, passing its own checks.
public enum LessonTemplate {
    /// A title made from a lesson id: `04-gradient-descent` gives "Gradient descent".
    public static func title(fromID id: String) -> String {
        let words = id.split { $0 == "-" || $0 == "_" }.drop { $0.allSatisfy(\.isNumber) }
        let title = words.joined(separator: " ")
        return title.isEmpty ? id : title.prefix(1).uppercased() + title.dropFirst()
    }

    /// The Markdown of a starter lesson.
    ///
    /// - Parameters:
    ///   - id: The lesson's id (letters, digits, `-` and `_`).
    ///   - title: Its title; made from the id when nil.
    public static func text(id: String, title: String? = nil) -> String {
        let title = title ?? self.title(fromID: id)
        let quotedTitle = "\"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        return """
        ---
        id: \(id)
        title: \(quotedTitle)
        summary: One sentence on what this lesson teaches.
        ---

        # \(title)

        Prose is Markdown. Say what the learner is about to see, then show it
        with a code cell: it runs when the learner reaches it.

        ```knobs
        w = 0.5
        fn line(x) = w*x + 1
        line(2)
        ```

        ## Your turn

        An exercise is starter code with blanks (`___`) for the learner to
        fill in; its checks decide when it is solved.

        ```knobs exercise id=turn-w points=1
        # Turn the knob w so that line(2) is 5.
        w = ___
        ```

        ```knobs hint id=turn-w
        line(2) is w*2 + 1. For that to be 5, what must w*2 be?
        ```

        ```knobs hint id=turn-w
        w*2 must be 4.
        ```

        ```knobs solution id=turn-w
        w = 2
        ```

        ```knobs check id=turn-w
        expect(near(line(2), 5), "line(2) should be 5, but it is {line(2)}")
        ```

        ```knobs check id=turn-w hidden
        expect(near(w, 2))
        ```

        A question needs no code: choices marked `[x]` are right.

        ```knobs question id=what-is-w
        In `w*x + 1`, what is `w`?

        - [x] a parameter: a knob we turn
        - [ ] the input
        ```

        """
    }
}
