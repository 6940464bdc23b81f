import ArgumentParser

/// `knobs` and `knobs repl [LESSON]`: step through lessons at a prompt.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Step through lessons at an interactive prompt (what knobs alone does).",
        discussion: """
            Enter on an empty line runs or shows the next step; :help lists the commands. \
            When standard input is not a terminal, lines are read without a prompt: \
            printf ':open 01\\n\\n\\n' | knobs
            """
    )

    @Argument(help: ArgumentHelp("A lesson to open: its id, file name, or the start of either (01).", valueName: "lesson"))
    var lesson: String?

    @OptionGroup(title: "Lessons")
    var lessonsOption: LessonsOption

    @OptionGroup(title: "Limits")
    var limitOptions: LimitOptions

    /// What the options ask for.
    var launch: ReplLaunch {
        ReplLaunch(lesson: lesson, lessonsFolder: lessonsOption.lessons, limits: limitOptions.limits)
    }

    func run() throws {
        try launch.run()
    }
}

/// `--lessons DIR`, shared by the commands that read lessons.
struct LessonsOption: ParsableArguments {
    @Option(help: ArgumentHelp("The folder of lessons (default: $KNOBS_LESSONS, ./lessons, or the lessons that came with knobs).", valueName: "dir"), completion: .directory)
    var lessons: String?
}
