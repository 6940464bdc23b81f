import Foundation
import KnobsPluginAPI
import Testing
@testable import DutchQuizPlugin

/// The plugin as a host loads it: `deck()` and `ipa()` in the language, `:quiz` and `:say` in the REPL.
@Suite("the plugin's functions and commands")
struct PluginCommandTests {
    static func interpreter() throws -> (Interpreter, PluginSet, () -> String) {
        let plugins = try PluginCatalog(builtIn: [DutchQuizPlugin.self], searchPaths: []).load(["dutch-quiz"])
        let output = OutputBox()
        let interpreter = Interpreter(limits: .standard) { output.text += $0 }
        plugins.install(into: interpreter)
        return (interpreter, plugins, { output.text })
    }

    final class OutputBox: @unchecked Sendable {
        var text = ""
    }

    /// A command context over a scripted console, with records in memory.
    final class Context: PluginCommandContext {
        let interpreter: Interpreter
        let console: ScriptedConsole
        let records: PluginRecords?

        init(interpreter: Interpreter, lines: [String], records: PluginRecords? = PluginRecords(plugin: "dutch-quiz", store: MemoryRecordStore())) {
            self.interpreter = interpreter
            console = ScriptedConsole(lines)
            self.records = records
        }

        var terminal: Terminal { console.terminal }
        func write(_ text: String) { console.write(text) }
        func writeError(_ text: String) { console.writeError(text) }
        func readLine(prompt: String) -> String? { console.readLine(prompt: prompt) }
    }

    @Test("deck(name) gives the entries as records; ipa(word) the pronunciation, with or without the article")
    func functions() throws {
        let (interpreter, _, output) = try Self.interpreter()
        let outcome = interpreter.run(SourceFile(name: "<test>", text: """
            d = deck("corner")
            print(len(d), d[1].word, d[1].article, d[1].meanings, d[0].example_en)
            print(ipa("gewicht"), ipa("het gewicht"), ipa("IDEE"))
            """), echo: false)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.message))")
        #expect(output() == "3 Idee het [\"Idea\"] I use the computer every day.\nɣəˈʋɪxt ɣəˈʋɪxt iˈdeː\n")
        for (code, message) in [("deck(\"words\")", "there is no bundled deck 'words'"), ("ipa(\"fiets\")", "the bundled decks give no pronunciation for 'fiets'")] {
            let failed = interpreter.run(SourceFile(name: "<test>", text: code), echo: false)
            #expect(failed.diagnostics.first?.message == message)
        }
    }

    @Test(":quiz runs a session in the REPL's context and keeps its cards in the plugin's records")
    func quizCommand() throws {
        let (interpreter, plugins, _) = try Self.interpreter()
        let quiz = try #require(plugins.commands.first { $0.name == "quiz" })
        #expect(quiz.completions == ["corner", "ai"])
        let context = Context(interpreter: interpreter, lines: ["idea", "", ":quit"])
        quiz.run("corner --mode recognition --new 1 --now 2024-03-01T09:00:00Z --seed 3", context)
        #expect(context.console.output.contains("corner: 0 due, 1 new.\n"), "\(context.console.output)")
        #expect(context.console.output.contains("✘ Not quite: you wrote \"idea\"."))
        let stored = try #require(context.records).documents("card")
        #expect(stored.map(\.key) == ["corner/computer"])

        let bad = Context(interpreter: interpreter, lines: [])
        quiz.run("corner --mode spelling", bad)
        #expect(bad.console.errors.hasPrefix("error: there is no mode 'spelling'"))
        quiz.run("nowhere/deck.tsv", bad)
        #expect(bad.console.errors.contains("error: there is no deck file 'nowhere/deck.tsv'"))

        let unsaved = Context(interpreter: interpreter, lines: [":quit"], records: nil)
        quiz.run("corner --now 2024-03-01T09:00:00Z", unsaved)
        #expect(unsaved.console.output.hasPrefix("knobs has no database here: this session will not be remembered.\n"))
    }

    @Test(":say shows a deck word's article, IPA and meaning, and says when espeak-ng is missing")
    func sayCommand() throws {
        let (interpreter, plugins, _) = try Self.interpreter()
        let say = try #require(plugins.commands.first { $0.name == "say" })
        #expect(say.completions.contains("gewicht") && say.completions.contains("Computer"))
        let context = Context(interpreter: interpreter, lines: [])
        say.run("", context)
        #expect(context.console.output == "Which word? :say gewicht\n")
        say.run("gewicht", context)
        #expect(context.console.output.contains("het gewicht  /ɣəˈʋɪxt/  weight\n"))
    }
}
