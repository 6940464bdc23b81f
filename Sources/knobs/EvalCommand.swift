import ArgumentParser
import Foundation
import KnobsPluginAPI
import KnobsLang
import KnobsTerminal

/// `knobs eval`: runs knobs code and prints the value of the last expression.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Run knobs code and print the value of its last expression.",
        discussion: """
            Examples:
              knobs eval '2*3 + 1'
              knobs eval -f program.knobs
              echo 'sqrt(2)' | knobs eval -
            """
    )

    @Argument(help: ArgumentHelp("The code to run, or - to read it from standard input.", valueName: "code"))
    var code: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Run the code in this file.", valueName: "file"), completion: .file(extensions: ["knobs"]))
    var file: String?

    @OptionGroup(title: "Limits")
    var limitOptions: LimitOptions

    func validate() throws {
        if code == nil, file == nil {
            throw ValidationError("give the code to run, -f FILE, or - for standard input (code that starts with '-' goes after '--': knobs eval -- '-2 + 3')")
        }
        if code != nil, file != nil {
            throw ValidationError("give either code or -f FILE, not both")
        }
    }

    func run() throws {
        let source = try ProgramSource.load(code: code, file: file)
        let interpreter = Interpreter(limits: limitOptions.limits) { text in
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        let terminal = Terminal.current()
        PlotLibrary.install(into: interpreter, terminal: terminal)
        BuiltinPlugins.loadAll(terminal: terminal, warningAbout: "they are left out").install(into: interpreter)
        let outcome = interpreter.run(source, echo: true)
        if !outcome.diagnostics.isEmpty {
            let renderer = DiagnosticRenderer(color: Console.standardError.usesColor)
            Console.standardError.write(renderer.render(outcome.diagnostics))
        }
        if outcome.exitCode != 0 {
            throw ExitCode(outcome.exitCode)
        }
    }
}

/// Reads a program from an argument, a file or standard input.
enum ProgramSource {
    static func load(code: String?, file: String?) throws -> SourceFile {
        if let file {
            return SourceFile(name: file, text: try text(of: try InputFile.read(file, as: "the program"), from: "'\(file)'"))
        }
        if code == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return SourceFile(name: "<stdin>", text: try text(of: data, from: "standard input"))
        }
        return SourceFile(name: "<eval>", text: code ?? "")
    }

    /// The program text, or a clear error for a binary file or text that is not UTF-8.
    private static func text(of data: Data, from origin: String) throws -> String {
        if data.contains(0) {
            throw InputFile.refuse("cannot run \(origin): it looks like a binary file, not knobs code", hint: "give a file of knobs code, as written in a text editor")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputFile.refuse("cannot run \(origin): it is not UTF-8 text", hint: "save the file as UTF-8")
        }
        return text
    }
}
