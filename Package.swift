// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "knobs",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "knobs", targets: ["knobs"]),
        .library(name: "KnobsLang", targets: ["KnobsLang"]),
        .library(name: "KnobsEngine", targets: ["KnobsEngine"]),
    ],
    dependencies: [
        // Exact: the help output is snapshot-tested, and a new release may word it differently.
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        // OpenBLAS multiplies big matrices (see docs/ARCHITECTURE.md, "Matrix products").
        .systemLibrary(name: "COpenBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
        .target(name: "KnobsEngine", dependencies: ["COpenBLAS"], exclude: ["README.md"]),
        .target(name: "KnobsLang", dependencies: ["KnobsEngine"], exclude: ["README.md"]),
        .executableTarget(
            name: "knobs",
            dependencies: [
                "KnobsLang",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["README.md"]
        ),
        .testTarget(name: "KnobsEngineTests", dependencies: ["KnobsEngine"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "KnobsLangTests",
            dependencies: ["KnobsLang"],
            resources: [.copy("Golden")]
        ),
        .testTarget(name: "knobsTests", dependencies: ["knobs"], exclude: ["Snapshots"]),
    ],
    swiftLanguageModes: [.v6]
)
