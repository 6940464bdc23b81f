import ArgumentParser
import Foundation

/// The `knobs` command: a root that lists the subcommands.
struct Knobs: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "knobs",
        abstract: "Learn what the parameters of a neural network are, from 2a + b to a trained network.",
        discussion: """
            Exit codes: 0 ok, 1 a runtime error or a failed check, 2 bad input \
            (syntax errors, usage), 3 a limit was hit (time, steps, depth, memory, output).
            """,
        version: "knobs \(version)",
        subcommands: [ReplCommand.self, LessonsCommand.self, ProgressCommand.self, EvalCommand.self, NewCommand.self, RunCommand.self, GradeCommand.self, ReleaseCommand.self, PluginsCommand.self, QuizCommand.self],
        defaultSubcommand: ReplCommand.self
    )

    /// The names of the subcommands, as typed after `knobs`.
    static var commandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName }
    }
}

/// Runs the command line and decides the exit code once, at the end.
@main
enum Main {
    static func main() {
        do {
            if let launch = ReplLaunch(arguments: Array(CommandLine.arguments.dropFirst())) {
                try launch.run()
            } else {
                var command = try Knobs.parseAsRoot()
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = Knobs.exitCode(for: error)
            let message = Knobs.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            Console.standardError.write(message + "\n")
            // Usage errors (argument-parser's 64) are bad input: exit 2, as the design says.
            Foundation.exit(code.rawValue == 64 || code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
