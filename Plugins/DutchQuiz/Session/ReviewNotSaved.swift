import KnobsPluginAPI

/// A review whose save failed: the session stops there, before it is acknowledged, and says
/// what was not saved. The reviews acknowledged before it are in the database.
struct ReviewNotSaved: Error, CustomStringConvertible {
    let word: String
    let rating: Rating
    let cause: any Error

    var description: String { "not saved: your review of '\(word)' (\(rating)): \(cause)" }

    /// What to do, from the host's store, and what became of the session.
    var notes: String {
        ((cause as? RecordStoreError)?.hint.map { "  = hint: \($0)\n" } ?? "")
            + "  = note: the reviews before it are kept; the session stops here\n"
    }
}
