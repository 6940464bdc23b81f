import Testing
@testable import knobs

/// The command lines that start the REPL, read without argument-parser: the
/// same launch as argument-parser reads, and every other line left to it.
@Suite("the REPL's command line, read quickly")
struct ReplLaunchTests {
    @Test("argument-parser reads every line the quick reader takes to the same launch", arguments: [
        [], ["01"], ["line"], ["frobnicate"], [""], ["repl"], ["repl", "01"], ["--lessons", "dir"],
        ["01", "--lessons", "dir"], ["--lessons", "dir", "01"], ["repl", "--lessons", "my lessons", "02-line"],
    ])
    func sameLaunch(_ arguments: [String]) throws {
        let quick = try #require(ReplLaunch(arguments: arguments))
        let parsed = try #require(try Knobs.parseAsRoot(arguments) as? ReplCommand)
        #expect(quick == parsed.launch)
    }

    @Test("every other line is left to argument-parser", arguments: [
        ["eval", "1"], ["lessons"], ["plugins"], ["help"], ["--help"], ["-h"], ["--version"], ["repl", "--help"],
        ["01", "02"], ["repl", "eval"], ["--lessons", "dir", "eval"], ["--lessons=dir"], ["--lessons"], ["--lessons", "-x"],
        ["--lessons", "a", "--lessons", "b"], ["01", "--max-steps", "5"], ["--", "01"], ["-x"],
        ["--generate-completion-script", "bash"],
    ])
    func leftToArgumentParser(_ arguments: [String]) {
        #expect(ReplLaunch(arguments: arguments) == nil)
    }

    @Test("the limits the quick reader gives are argument-parser's defaults")
    func defaultLimits() throws {
        #expect(try LimitOptions.parse([]).limits == ReplLaunch(arguments: [])?.limits)
    }
}
