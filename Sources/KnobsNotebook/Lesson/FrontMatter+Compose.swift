import Yams

/// Reading the front matter's YAML without Yams's default resolver when the
/// result is the same.
///
/// The default resolver tells text from numbers, booleans, nulls and dates
/// with seven regular expressions, and compiling the first of them sets up
/// ICU's regular expressions: about 9 million instructions, a quarter of
/// opening a lesson and a quarter of CPython's whole start-up. The usual
/// front matter (an id such as `02-line`, a title, a summary) has no plain
/// scalar that those expressions could match, and then the YAML composed with
/// no resolver at all, where every plain scalar is text, is the same tree.
/// Any other (`seed: 42`, `title: yes`, an alias) is composed again with the
/// default resolver, as always.
extension FrontMatter {
    /// The YAML's root node, as `Yams.compose` with the default resolver gives it.
    static func compose(_ yaml: String) throws -> Node? {
        // The encoding given, not looked up: Yams's default reads the whole environment, at every parse.
        guard let root = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else { return nil }
        return mayHoldNonText(root) ? try Yams.compose(yaml: yaml, .default, .default, .utf8) : root
    }

    /// Whether a plain scalar in `node` might not be text to the default resolver.
    private static func mayHoldNonText(_ node: Node) -> Bool {
        switch node {
        case .scalar(let scalar):
            return scalar.style == .plain && mayNotBeText(scalar.string)
        case .mapping(let mapping):
            return mapping.contains { mayHoldNonText($0.key) || mayHoldNonText($0.value) }
        case .sequence(let sequence):
            return sequence.contains(where: mayHoldNonText)
        case .alias:
            return true
        }
    }

    /// The words the default resolver reads as a boolean, a null, a merge or a value.
    private static let words: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF", "~", "null", "Null", "NULL", "", "<<", "=",
    ]

    /// Every character a number or a date can hold: digits, hexadecimal
    /// digits, the `0x`, `0o` and `0b` prefixes, separators, exponents, signs,
    /// and a date's `T`, spaces and `Z`.
    private static let numberCharacters = Set("0123456789abcdefABCDEFxo_.:+-eETtZ \t")

    /// Whether the default resolver might read a plain scalar as anything but
    /// text: false only when none of its expressions can match.
    ///
    /// Every number and date it knows starts, after an optional sign, with a
    /// digit or a `.`, and one that starts with a digit holds only
    /// ``numberCharacters``; the other tags are ``words``. So `02-line` (an
    /// `l`) and `The knobs you turn` are text for sure; `42`, `1e5`, `.inf`
    /// and `2024-01-01` may not be. A test checks this against the resolver itself.
    static func mayNotBeText(_ text: String) -> Bool {
        if words.contains(text) { return true }
        var rest = Substring(text)
        if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
        guard let first = rest.first else { return false }
        if first == "." { return true }
        guard first.isASCII, first.isWholeNumber else { return false }
        return rest.allSatisfy { numberCharacters.contains($0) }
    }
}
