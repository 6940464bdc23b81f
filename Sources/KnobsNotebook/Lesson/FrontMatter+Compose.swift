import Yams

/// Reading the front matter's YAML without Yams's default resolver when the
/// result is the same.
///
/// The default resolver tells text from numbers, booleans, nulls and dates
/// with seven regular expressions, and compiling the first of them sets up
/// ICU's regular expressions: about 9 million instructions, a quarter of
/// opening a lesson and a quarter of CPython's whole start-up. The usual
/// front matter (an id such as `02-line`, a title, a summary, `seed: 12`)
/// holds only plain scalars whose type is plain to see: text that none of
/// those expressions can match, and whole numbers in decimal, which the
/// resolver reads as integers. Then the YAML composed with no resolver at all
/// (every plain scalar text) and the whole numbers tagged as integers is the
/// same tree. Any other (`title: yes`, `seed: 0x1F`, an alias, an explicit
/// `!!tag` near a number) is composed again with the default resolver, as always.
extension FrontMatter {
    /// The YAML's root node, as `Yams.compose` with the default resolver gives it.
    static func compose(_ yaml: String) throws -> Node? {
        // The encoding given, not looked up: Yams's default reads the whole environment, at every parse.
        guard let root = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else { return nil }
        switch plainTags(in: root) {
        case .text:
            return root
        // A plain scalar with an explicit tag (`!!str 12`) stays what it says: only without any `!` is every number's tag implicit.
        case .textAndWholeNumbers where !yaml.contains("!"):
            return taggingWholeNumbers(root)
        default:
            return try Yams.compose(yaml: yaml, .default, .default, .utf8)
        }
    }

    /// What the plain scalars of a tree are to the default resolver, as far as can be told without it.
    private enum PlainTags: Comparable {
        case text, textAndWholeNumbers, unknown
    }

    private static func plainTags(in node: Node) -> PlainTags {
        switch node {
        case .scalar(let scalar):
            guard scalar.style == .plain, mayNotBeText(scalar.string) else { return .text }
            return isWholeNumber(scalar.string) ? .textAndWholeNumbers : .unknown
        case .mapping(let mapping):
            return mapping.map { max(plainTags(in: $0.key), plainTags(in: $0.value)) }.max() ?? .text
        case .sequence(let sequence):
            return sequence.map(plainTags).max() ?? .text
        case .alias:
            return .unknown
        }
    }

    /// The tree with every plain whole number tagged as an integer, as the default resolver tags it.
    private static func taggingWholeNumbers(_ node: Node) -> Node {
        switch node {
        case .scalar(var scalar):
            guard scalar.style == .plain, isWholeNumber(scalar.string) else { return node }
            // The resolver given, so that Yams's default (the regular expressions) is not made.
            scalar.tag = Tag(.int, .basic, .default)
            return .scalar(scalar)
        case .mapping(var mapping):
            for index in mapping.indices {
                mapping[index] = (taggingWholeNumbers(mapping[index].key), taggingWholeNumbers(mapping[index].value))
            }
            return .mapping(mapping)
        case .sequence(var sequence):
            for index in sequence.indices { sequence[index] = taggingWholeNumbers(sequence[index]) }
            return .sequence(sequence)
        case .alias:
            return node
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

    /// Whether a plain scalar is a whole number in decimal (`12`, `-1`, `0`,
    /// not `007` or `1_000`): the resolver's integers, none of them a boolean.
    static func isWholeNumber(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.first == "+" || digits.first == "-" { digits = digits.dropFirst() }
        guard let first = digits.first, digits.allSatisfy({ $0.isASCII && $0.isWholeNumber }) else { return false }
        return first != "0" || digits.count == 1
    }
}
