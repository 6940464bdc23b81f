/// "Did you mean …?" for other modules: the lesson parser suggests cell kinds, attributes and plugins.
public enum NameSuggestion {
    /// The candidate nearest to `name` by edit distance, if it is close enough to be a typo.
    public static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        Suggestions.closest(to: name, among: candidates)
    }
}
