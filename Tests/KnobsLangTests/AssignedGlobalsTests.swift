import KnobsLang
import Testing

/// `SourceFile.assignedGlobals(of:)`: the top-level names a program would assign, found without running it.
@Suite("assigned globals")
struct AssignedGlobalsTests {
    private func names(_ text: String) -> Set<String> {
        SourceFile.assignedGlobals(of: [SourceFile(name: "t", text: text)])[0]
    }

    @Test("assignments, functions, loop variables and names declared global; not a function's locals, not names only read")
    func found() {
        let text = """
            x = 1
            fn f(a) {
                global counter
                local = a
                counter = local
            }
            for i in 0..<3 {
                if i > 1 {
                    y = i
                }
            }
            print(z)
            """
        #expect(names(text) == ["x", "f", "counter", "i", "y"])
    }

    @Test("the starter code's blank is a name read, not assigned; code that does not parse assigns nothing")
    func blanksAndBrokenCode() {
        #expect(names("fn loss(w) = ___") == ["loss"])
        #expect(names("d = (") == [])
        #expect(SourceFile.assignedGlobals(of: []).isEmpty)
    }
}
