// swift-tools-version: 6.0
// The libFuzzer driver lives in its own package: it only links when built
// with `--sanitize=fuzzer`, which the main package's builds never are. It
// depends on the main package by path for the targets (Fuzz/Targets).
// Build and run it with `bash Fuzz/fuzz.sh` from the repository root.
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, which differs between
/// checkouts (`main`, `knobs`, a CI clone), so work the name out here.
let rootIdentity = URL(fileURLWithPath: Context.packageDirectory)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .lastPathComponent
    .lowercased()

let package = Package(
    name: "knobs-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "knobs-fuzz",
            dependencies: [.product(name: "KnobsFuzzTargets", package: rootIdentity)]
        ),
    ],
    swiftLanguageModes: [.v6]
)
