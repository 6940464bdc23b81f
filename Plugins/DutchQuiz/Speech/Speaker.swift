/// Something that says Dutch text aloud: espeak-ng, or a stand-in in tests.
public protocol Speaker: Sendable {
    /// Speaks `text` and returns when done; nil when it went well, else what went wrong.
    func speak(_ text: String) -> String?
}

/// What to tell a learner when nothing can speak.
public enum SpeechNote {
    /// Why listening is skipped, and how to get it.
    public static let missing = "Listening needs espeak-ng, which is not on your PATH (Debian: apt-get install espeak-ng)."
}
