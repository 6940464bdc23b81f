import KnobsPluginAPI

/// The Dutch vocabulary quiz: decks, answer matching, FSRS scheduling and quiz sessions.
public struct DutchQuizPlugin: KnobsPlugin {
    public static let manifest = PluginManifest(name: "dutch-quiz", version: "0.1.0", summary: "Drill the Dutch words of the lessons with spaced repetition (FSRS).")

    public init() {}

    public func register(into host: PluginHost) throws {}
}
