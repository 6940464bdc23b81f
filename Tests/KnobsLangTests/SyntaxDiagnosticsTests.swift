import Foundation
import KnobsLang
import Testing

/// `SourceFile.syntaxDiagnostics()`, which lessons and the REPL call on threads of their own.
@Suite("syntax diagnostics")
struct SyntaxDiagnosticsTests {
    /// What a thread found, read once the thread has signalled.
    private final class Found: @unchecked Sendable {
        var diagnostics: [Diagnostic] = []
        var isSingleExpression = true
    }

    /// Runs `body` on a new thread with a stack of `bytes` and waits for it.
    private func onThread(stackOf bytes: Int, _ body: @escaping @Sendable () -> Void) {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            body()
            done.signal()
        }
        thread.stackSize = bytes
        thread.start()
        done.wait()
    }

    /// One expression nested 5,000 deep: far past the parser's bound.
    private static let deepCode = String(repeating: "(", count: 5_000) + "1" + String(repeating: ")", count: 5_000) + "\n"

    @Test("code nested deeper than the parser's bound is an error, and no single expression, even on a thread with a 256 KB stack (fuzzer finding)")
    func deepNestingOnSmallStack() {
        let found = Found()
        onThread(stackOf: 256 << 10) {
            let source = SourceFile(name: "deep.knobs", text: SyntaxDiagnosticsTests.deepCode)
            found.diagnostics = source.syntaxDiagnostics()
            found.isSingleExpression = source.isSingleExpression || source.isExpressionsOnly
        }
        #expect(found.diagnostics.count == 1)
        #expect(found.diagnostics.first?.message.contains("nested too deeply") == true)
        #expect(!found.isSingleExpression)
    }

    @Test("several sources are checked together, each getting its own diagnostics, in order")
    func several() {
        let sources = ["x = 1\n", "y = (\n", "fn f(a) = a * 2\n", "z = ]\n"].enumerated().map { SourceFile(name: "cell\($0.offset)", text: $0.element) }
        let diagnostics = SourceFile.syntaxDiagnostics(of: sources)
        #expect(diagnostics.map(\.isEmpty) == [true, false, true, false])
        #expect(diagnostics[1].allSatisfy { $0.source === sources[1] })
        #expect(diagnostics[3].allSatisfy { $0.source === sources[3] })
        #expect(SourceFile.syntaxDiagnostics(of: []).isEmpty)
    }

    @Test("code that parses has no diagnostics; each mistake has one")
    func plainResults() {
        #expect(SourceFile(name: "ok.knobs", text: "x = (1 + 2) * 3\n").syntaxDiagnostics().isEmpty)
        #expect(SourceFile(name: "bad.knobs", text: "x = (1 +\ny = ]\n").syntaxDiagnostics().count >= 1)
    }
}
