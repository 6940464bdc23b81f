import Foundation

/// Who is learning when nobody says: the name of the user running knobs.
///
/// The progress database keeps learners in a table, so several can share one
/// database; a plain `knobs` session uses this one.
public enum DefaultLearner {
    /// The name used when none is given: `$USER`, else `$LOGNAME`, else the
    /// user database's login name, else `learner`.
    ///
    /// - Parameter environment: The variables to read; the process's own by default.
    public static func name(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        for variable in ["USER", "LOGNAME"] {
            if let name = environment[variable], !name.isEmpty {
                return name
            }
        }
        return UserDatabase.userName() ?? "learner"
    }
}
