import Testing
import KnobsTerminal

@Suite("Messages wrap at the terminal's width, between words")
struct WrappingTests {
    @Test("breaks at spaces, keeps short lines and newlines, lets a long word stand alone")
    func wraps() {
        #expect("one two three four".wrapped(width: 9) == "one two\nthree\nfour")
        #expect("short".wrapped(width: 80) == "short")
        #expect("a\nb c".wrapped(width: 3) == "a\nb c")
        #expect("a verylongword b".wrapped(width: 5) == "a\nverylongword\nb")
        #expect("✔ Solved 'x'.".wrapped(width: 12) == "✔ Solved\n'x'.")
    }
}
