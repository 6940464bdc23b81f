import Foundation
import KnobsPluginAPI

/// The REPL commands `:quiz` and `:say`.
enum QuizCommands {
    static func register(into host: PluginHost, plugin: String, decks: [String: Deck]) {
        host.command(PluginCommand(
            name: "quiz", usage: ":quiz [DECK]",
            summary: "the Dutch quiz on corner, ai or a deck file; options as knobs quiz: --mode M, --new N, --stats",
            completions: Deck.bundledNames
        ) { argument, context in
            let options: QuizOptions
            do {
                options = try QuizOptions.parse(argument)
            } catch {
                context.writeError("error: \(error)\nusage: \(QuizOptions.usage)\n")
                return
            }
            let records = context.records ?? PluginRecords(plugin: plugin, store: MemoryRecordStore())
            if context.records == nil { context.write("knobs has no database here: this session will not be remembered.\n") }
            _ = QuizRunner.run(options, console: CommandContextConsole(context), records: QuizRecords(records),
                               speaker: EspeakSpeaker.find(), errorColor: context.terminal.color)
        })
        host.command(PluginCommand(
            name: "say", usage: ":say WORD", summary: "speak a Dutch word or sentence aloud (espeak-ng), with its IPA when a deck has it",
            completions: Deck.bundledNames.flatMap { decks[$0]?.entries.map(\.word) ?? [] }
        ) { argument, context in
            let text = argument.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else {
                context.write("Which word? :say gewicht\n")
                return
            }
            if let entry = DeckFunctions.lookUp(text, in: decks) {
                context.write("\(entry.wordWithArticle)" + (entry.ipaForDisplay.map { "  \($0)" } ?? "") + "  \(entry.meanings.joined(separator: "; "))\n")
            }
            guard let speaker = EspeakSpeaker.find() else {
                context.write(SpeechNote.missing + "\n")
                return
            }
            if let problem = speaker.speak(text) { context.writeError("warning: \(problem)\n") }
        })
    }
}
