import DutchQuizPlugin
import Foundation
import KnobsREPL
import KnobsTerminal

/// Where `knobs quiz` reads answers: readline on a terminal (Ctrl-C and Ctrl-D end the
/// session, keeping every grade), plain lines from a pipe.
enum QuizTerminal {
    /// Runs `body` with the console for this process's standard input and output.
    static func withConsole<T>(_ body: (QuizConsole) -> T) -> T {
        let terminal = Terminal.current()
        guard isatty(STDIN_FILENO) == 1 else {
            return body(LineReaderConsole(reader: PipedLineReader(), terminal: terminal))
        }
        // Ctrl-C never has code to stop here: it ends the line being read, and so the session.
        let watcher = InterruptWatcher(stopRunning: { false })
        let completions = QuizCompletions()
        let reader = TerminalLineReader(interruptFD: watcher.pipeRead, historyPath: nil, completer: Completer(source: completions))
        let result = body(LineReaderConsole(reader: reader, terminal: terminal))
        withExtendedLifetime((watcher, completions)) {}
        return result
    }
}

/// A quiz console over one of the REPL's line readers, writing to standard output and error.
final class LineReaderConsole: QuizConsole {
    let terminal: Terminal
    private let reader: LineReader

    init(reader: LineReader, terminal: Terminal) {
        self.reader = reader
        self.terminal = terminal
    }

    func write(_ text: String) { Console.standardOutput.write(text) }
    func writeError(_ text: String) { Console.standardError.write(text) }

    func readLine(prompt: String) -> String? {
        if case .line(let line) = reader.read(prompt: prompt) { return line }
        return nil
    }
}

/// What Tab offers while quizzing: the commands and the grades.
final class QuizCompletions: CompletionSource {
    var commandNames: [String] { ["say", "skip", "quit", "again", "hard", "good", "easy"] }
    func arguments(of command: String) -> [String] { [] }
    var names: [String] { [] }
    func members(of name: String) -> [String] { [] }
}
