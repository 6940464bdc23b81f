// swift-tools-version: 6.0
// The benchmarks live in their own package so that building them never slows
// a build of the main package. It depends on the main package by path and
// times knobs programs in process through the public KnobsLang API.
// Run everything with `bash Benchmarks/run.sh` from the repository root.
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, which differs between
/// checkouts (`main`, `knobs`, a CI clone), so work the name out here.
let rootIdentity = URL(fileURLWithPath: Context.packageDirectory)
    .deletingLastPathComponent()
    .lastPathComponent
    .lowercased()

let package = Package(
    name: "knobs-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "knobs-bench",
            dependencies: [.product(name: "KnobsLang", package: rootIdentity)]
        ),
        // Times one optimizer step of the optimizers plugin (Benchmarks/optim/run.sh).
        .executableTarget(
            name: "optim-bench",
            dependencies: [
                .product(name: "OptimizersPlugin", package: rootIdentity),
                .product(name: "KnobsEngine", package: rootIdentity),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
