/// Why the host's record store failed, in the host's words: what went wrong (a full disk,
/// a lock held too long) and what the learner can do about it.
///
/// A plugin shows both when it tells the learner what was not saved.
public struct RecordStoreError: Error, Sendable, CustomStringConvertible {
    public var description: String
    /// What to do, in a sentence; nil when the host has nothing to suggest.
    public var hint: String?

    public init(_ description: String, hint: String?) {
        self.description = description
        self.hint = hint
    }
}
