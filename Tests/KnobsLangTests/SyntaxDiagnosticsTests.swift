import Foundation
import KnobsLang
import Testing

/// `SourceFile.syntaxDiagnostics()`, which lessons and the REPL call on threads of their own.
@Suite("syntax diagnostics")
struct SyntaxDiagnosticsTests {
    /// What a thread found, read once the thread has signalled.
    private final class Found: @unchecked Sendable {
        var diagnostics: [Diagnostic] = []
    }

    /// The syntax diagnostics of `code`, asked for on a new thread with a stack of `bytes`.
    private func diagnostics(of code: String, onStackOf bytes: Int) -> [Diagnostic] {
        let found = Found()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            found.diagnostics = SourceFile(name: "deep.knobs", text: code).syntaxDiagnostics()
            done.signal()
        }
        thread.stackSize = bytes
        thread.start()
        done.wait()
        return found.diagnostics
    }

    @Test("code nested deeper than the parser's bound is an error, even on a thread with a 256 KB stack (fuzzer finding)")
    func deepNestingOnSmallStack() {
        let code = "x = " + String(repeating: "(", count: 5_000) + "1" + String(repeating: ")", count: 5_000) + "\n"
        let diagnostics = diagnostics(of: code, onStackOf: 256 << 10)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("nested too deeply") == true)
    }

    @Test("code that parses has no diagnostics; each mistake has one")
    func plainResults() {
        #expect(SourceFile(name: "ok.knobs", text: "x = (1 + 2) * 3\n").syntaxDiagnostics().isEmpty)
        #expect(SourceFile(name: "bad.knobs", text: "x = (1 +\ny = ]\n").syntaxDiagnostics().count >= 1)
    }
}
