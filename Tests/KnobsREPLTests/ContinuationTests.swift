import Testing
@testable import KnobsREPL

@Suite("When typed code continues on the next line")
struct ContinuationTests {
    @Test("open brackets, braces and strings continue; closed ones do not", arguments: [
        ("fn f(x) {", true),
        ("xs = [1, 2,", true),
        ("print(\"a", true),
        ("total = 1 + \\", true),
        ("fn f(x) { return x }", false),
        ("print(\"{\")", false),
        ("x = 1 # (comment", false),
        ("}", false),
    ])
    func continues(code: String, expected: Bool) {
        #expect(Continuation.needsMore(code) == expected)
    }
}
