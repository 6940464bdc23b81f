import KnobsPluginAPI
import Testing

/// A plugin that tells what its host says about the terminal.
private struct TerminalPlugin: KnobsPlugin {
    static let manifest = PluginManifest(name: "terminal-probe", version: "1.0.0", summary: "Reports the terminal.")

    func register(into host: PluginHost) throws {
        let terminal = host.terminal
        host.function(Signature("drawing_width"), doc: "The width drawings take.") { _, _ in
            .string("\(terminal.width) \(terminal.color) \(terminal.unicode)")
        }
    }
}

@Suite("The terminal a plugin draws for")
struct PluginTerminalTests {
    @Test("a compiled plugin draws for the catalog's terminal")
    func given() throws {
        let catalog = PluginCatalog(builtIn: [TerminalPlugin.self], searchPaths: [], terminal: Terminal(width: 50, color: true, unicode: false))
        let interpreter = Interpreter(output: { _ in })
        try catalog.load(["terminal-probe"]).install(into: interpreter)
        #expect(Fixtures.run("drawing_width()", in: interpreter) == "\"50 true false\"")
    }

    @Test("without one, it draws 80 columns wide without colour, as knobs run does")
    func plain() throws {
        let interpreter = Interpreter(output: { _ in })
        try PluginCatalog(builtIn: [TerminalPlugin.self], searchPaths: []).load(["terminal-probe"]).install(into: interpreter)
        #expect(Fixtures.run("drawing_width()", in: interpreter) == "\"80 false true\"")
    }
}
