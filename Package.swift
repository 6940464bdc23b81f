// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "knobs",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "knobs", targets: ["knobs"]),
        .library(name: "KnobsLang", targets: ["KnobsLang"]),
        .library(name: "KnobsEngine", targets: ["KnobsEngine"]),
        // For the optimizer benchmark's driver (Benchmarks/optim).
        .library(name: "OptimizersPlugin", targets: ["OptimizersPlugin"]),
        // For the libFuzzer driver (Fuzz/Driver).
        .library(name: "KnobsFuzzTargets", targets: ["KnobsFuzzTargets"]),
    ],
    dependencies: [
        // Exact: the help output is snapshot-tested, and a new release may word it differently.
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // OpenBLAS multiplies big matrices; it is loaded when first needed, not linked
        // (see docs/ENGINE.md, "Matrix products").
        .target(name: "KnobsEngine", exclude: ["README.md"]),
        .target(name: "KnobsLang", dependencies: ["KnobsEngine"], exclude: ["README.md"]),
        .target(name: "KnobsNotebook", dependencies: ["KnobsLang", "Yams"], exclude: ["README.md"]),
        .target(name: "KnobsTerminal", dependencies: ["KnobsLang", "KnobsEngine"], exclude: ["README.md"]),
        .target(name: "KnobsPluginAPI", dependencies: ["KnobsEngine", "KnobsLang", "KnobsTerminal", "Yams"], exclude: ["README.md"]),
        .target(
            name: "DutchQuizPlugin", dependencies: ["KnobsPluginAPI"], path: "Plugins/DutchQuiz", exclude: ["README.md"],
            // The bundled decks (docs/QUIZ.md, "Bundled decks").
            resources: [.copy("Resources/decks")]
        ),
        .target(name: "KnobsStore", dependencies: [.product(name: "GRDB", package: "GRDB.swift"), "CSQLiteSettings"], exclude: ["README.md"]),
        // One SQLite setting Swift cannot make itself (sqlite3_db_config is variadic); SQLite comes with GRDB.
        .target(name: "CSQLiteSettings", linkerSettings: [.linkedLibrary("sqlite3")]),
        // The optimizers plugin: SGD variants, Adagrad, RMSprop, Adam, AdamW, Lion, schedules, races.
        .target(
            name: "OptimizersPlugin", dependencies: ["KnobsPluginAPI"],
            path: "Plugins/Optimizers", exclude: ["README.md"]
        ),
        // GNU readline (Debian's libreadline-dev) behind a C shim that owns its globals and callbacks.
        .target(name: "CReadline", linkerSettings: [.linkedLibrary("readline")]),
        .target(
            name: "KnobsREPL",
            dependencies: ["KnobsLang", "KnobsNotebook", "KnobsTerminal", "KnobsStore", "KnobsPluginAPI", "CReadline"],
            exclude: ["README.md"]
        ),
        .target(name: "OverfittingPlugin", dependencies: ["KnobsPluginAPI"], path: "Plugins/Overfitting", exclude: ["README.md"]),
        .executableTarget(
            name: "knobs",
            dependencies: [
                "KnobsLang", "KnobsNotebook", "KnobsTerminal", "KnobsStore", "KnobsREPL", "KnobsPluginAPI", "OptimizersPlugin", "OverfittingPlugin", "DutchQuizPlugin",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["README.md"]
        ),
        // What the fuzzers feed knobs (docs/FUZZING.md): the libFuzzer driver and FuzzCorpusTests call it.
        .target(name: "KnobsFuzzTargets", dependencies: ["KnobsLang", "KnobsNotebook", "DutchQuizPlugin"], path: "Fuzz/Targets"),
        .testTarget(name: "KnobsEngineTests", dependencies: ["KnobsEngine"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "KnobsLangTests",
            dependencies: ["KnobsLang", "KnobsTestSupport"],
            resources: [.copy("Golden")]
        ),
        .testTarget(name: "KnobsNotebookTests", dependencies: ["KnobsNotebook", "Yams", "KnobsTerminal", "KnobsTestSupport"]),
        .testTarget(name: "KnobsTerminalTests", dependencies: ["KnobsTerminal"]),
        .testTarget(name: "OptimizersPluginTests", dependencies: ["OptimizersPlugin", "KnobsPluginAPI"], resources: [.copy("Fixtures")]),
        .testTarget(name: "KnobsStoreTests", dependencies: ["KnobsStore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "KnobsPluginAPITests", dependencies: ["KnobsPluginAPI"], resources: [.copy("Fixtures")]),
        .testTarget(name: "DutchQuizPluginTests", dependencies: ["DutchQuizPlugin", "KnobsTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "KnobsREPLTests", dependencies: ["KnobsREPL"]),
        .testTarget(name: "OverfittingPluginTests", dependencies: ["OverfittingPlugin"], exclude: ["Golden"], resources: [.copy("Fixtures")]),
        .testTarget(name: "FuzzCorpusTests", dependencies: ["KnobsFuzzTargets"]),
        .testTarget(name: "knobsTests", dependencies: ["knobs", "KnobsTestSupport"], exclude: ["Snapshots"]),
        .target(name: "KnobsTestSupport", path: "Tests/KnobsTestSupport"),
    ],
    swiftLanguageModes: [.v6]
)
