import Foundation
import KnobsStore

extension ProgressStore {
    /// The learner's store in the data directory ($KNOBS_HOME, $XDG_DATA_HOME/knobs, ~/.local/share/knobs).
    ///
    /// A damaged database that opening moved aside is told on standard error.
    ///
    /// - Parameter environment: Where the data directory and the learner's name are read from.
    static func openDefault(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ProgressStore {
        let data = try DataDirectory.resolve(environment: environment)
        try data.create()
        let store = try ProgressStore.open(at: data.databaseURL, learner: DefaultLearner.name(environment: environment))
        if let movedAside = store.movedAside { Console.standardError.write("warning: \(movedAside)\n") }
        return store
    }

    /// What standard error says when the store cannot be used: `label: consequence: the error`,
    /// and the store's hint of what to do.
    static func problem(_ label: String, _ consequence: String, _ error: any Error) -> String {
        "\(label): \(consequence): \(error)\n" + ((error as? StoreError).map { "  = hint: \($0.hint)\n" } ?? "")
    }
}
