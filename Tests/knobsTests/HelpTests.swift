import Foundation
import Testing

/// `--version`, `--help` and shell completion: argument-parser's own surface.
@Suite("version, help and completion")
struct HelpTests {
    @Test("--version prints knobs and a version")
    func version() async throws {
        let result = try await KnobsBinary.run(["--version"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.wholeMatch(of: /knobs \d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\n/) != nil, "\(result)")
        #expect(result.stderr == "")
    }

    @Test("--help matches its snapshot")
    func rootHelp() async throws {
        let result = try await KnobsBinary.run(["--help"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stderr == "")
        try Snapshot.expect(result.stdout, matches: "knobs-help.txt")
    }

    @Test("eval --help matches its snapshot")
    func evalHelp() async throws {
        let result = try await KnobsBinary.run(["eval", "--help"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stderr == "")
        try Snapshot.expect(result.stdout, matches: "eval-help.txt")
    }

    @Test("eval -h and help eval say the same as eval --help", arguments: [["eval", "-h"], ["help", "eval"]])
    func otherHelpSpellings(_ arguments: [String]) async throws {
        let reference = try await KnobsBinary.run(["eval", "--help"])
        let result = try await KnobsBinary.run(arguments)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == reference.stdout)
    }

    @Test("a completion script mentions eval", arguments: ["bash", "zsh", "fish"])
    func completion(shell: String) async throws {
        let result = try await KnobsBinary.run(["--generate-completion-script", shell])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stderr == "")
        #expect(result.stdout.contains("eval"))
        #expect(result.stdout.contains("max-steps"))
    }

    @Test("the bash completion script is valid bash", .enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash"), "needs /bin/bash"))
    func bashSyntax() async throws {
        let script = try await KnobsBinary.run(["--generate-completion-script", "bash"])
        let file = try TemporaryFile(named: "knobs.bash", text: script.stdout)
        let check = try await ChildProcess.run(
            executable: URL(fileURLWithPath: "/bin/bash"),
            arguments: ["-n", file.path],
            stdin: .null,
            environment: KnobsBinary.baseEnvironment,
            deadline: .seconds(30)
        )
        #expect(check.exitCode == 0, "\(check)")
    }
}
