import Foundation
import Testing
@testable import knobs

/// The folder of a path as typed: one-character names used to stop knobs with "Illegal
/// instruction" (Foundation's `deletingLastPathComponent` traps on them on Linux).
@Suite("the folder of a typed path")
struct TypedPathTests {
    @Test("everything before the last component; trailing and doubled slashes do not count", arguments: [
        ("x", ""), ("-", ""), ("", ""), ("x/", ""), ("words.tsv", ""), ("/x", "/"), ("/", "/"), ("//", "/"),
        ("a/b", "a"), ("a/b/", "a"), ("a//b", "a"), ("/tmp/deck.tsv", "/tmp"), ("./x", "."), ("../y", ".."),
        ("lessons/01-line.md", "lessons"), ("é/ü", "é"),
    ])
    func folder(path: String, folder: String) {
        #expect(TypedPath.folder(of: path) == folder)
    }

    @Test("a missing file of one character is named, not a crash", arguments: ["ø", "-"])
    func oneCharacterInput(name: String) throws {
        let problem = try #require(InputFile.problem(name, as: "the history"))
        #expect(problem.message == "cannot read the history '\(name)': there is no such file")
    }

    @Test("a one-character output name goes in the working directory, which exists")
    func oneCharacterOutput() {
        let problem = OutputFile.problem("ø", as: "the deck")
        #expect(problem?.message.contains("there is no folder") != true, "\(String(describing: problem))")
    }
}
