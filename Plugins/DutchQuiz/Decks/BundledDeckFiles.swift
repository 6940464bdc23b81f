import Foundation

/// Finds the bundled deck files without ever stopping the program.
///
/// SwiftPM copies `Resources/decks` into a resource bundle beside the executable
/// (`knobs_DutchQuizPlugin.resources` on Linux, `.bundle` on macOS). Its generated
/// `Bundle.module` traps when that bundle is gone, so the bundle is looked up here by hand,
/// with the checkout's own `Resources/decks` as the fallback: knobs runs from its checkout,
/// as it finds its lessons there too.
enum BundledDeckFiles {
    /// The path of the bundled deck `name`, or nil when this installation lacks it.
    static func path(_ name: String) -> String? {
        for bundleName in ["knobs_DutchQuizPlugin.resources", "knobs_DutchQuizPlugin.bundle"] {
            let bundlePath = Bundle.main.bundleURL.appendingPathComponent(bundleName).path
            if let bundle = Bundle(path: bundlePath), let url = bundle.url(forResource: name, withExtension: "tsv", subdirectory: "decks") {
                return url.path
            }
        }
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources/decks/\(name).tsv").path
        return FileManager.default.fileExists(atPath: checkout) ? checkout : nil
    }
}
