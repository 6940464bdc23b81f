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
        guard let root = try Yams.compose(yaml: yaml, .basic, constructor, .utf8) else { return nil }
        switch plainTags(in: root) {
        case .text:
            return root
        // A plain scalar with an explicit tag (`!!str 12`) stays what it says: only without any `!` is every number's tag implicit.
        case .textAndWholeNumbers where !yaml.utf8.contains(UInt8(ascii: "!")):
            return taggingWholeNumbers(root)
        default:
            return try Yams.compose(yaml: yaml, .default, constructor, .utf8)
        }
    }

    /// Yams's default constructor, made once: `Constructor.default` makes a new one, with its three
    /// tables, at every use. Its tables are constants, so sharing it between threads is safe.
    nonisolated(unsafe) private static let constructor = Constructor.default

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
            scalar.tag = Tag(.int, .basic, constructor)
            return .scalar(scalar)
        case .mapping(let mapping):
            // Made anew rather than changed in place: a mapping's indices (it is not a random-access
            // collection) would cost two searches of the Swift runtime's protocol conformances.
            let pairs = mapping.map { (taggingWholeNumbers($0.key), taggingWholeNumbers($0.value)) }
            return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark, mapping.anchor))
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
    private static let numberCharacters = Set("0123456789abcdefABCDEFxo_.:+-eETtZ \t".utf8)

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
        // Bytes, not characters: every character looked for is ASCII, and a byte of any other is none of them.
        var rest = Substring(text).utf8
        if rest.first == UInt8(ascii: "+") || rest.first == UInt8(ascii: "-") { rest = rest.dropFirst() }
        guard let first = rest.first else { return false }
        if first == UInt8(ascii: ".") { return true }
        guard isDigit(first) else { return false }
        return rest.allSatisfy { numberCharacters.contains($0) }
    }

    /// Whether a plain scalar is a whole number in decimal (`12`, `-1`, `0`,
    /// not `007` or `1_000`): the resolver's integers, none of them a boolean.
    static func isWholeNumber(_ text: String) -> Bool {
        var digits = Substring(text).utf8
        if digits.first == UInt8(ascii: "+") || digits.first == UInt8(ascii: "-") { digits = digits.dropFirst() }
        guard let first = digits.first, digits.allSatisfy(isDigit) else { return false }
        return first != UInt8(ascii: "0") || digits.count == 1
    }

    /// An integer node's value, as Yams's `Node.int` reads it: the usual unsigned
    /// decimal (`seed: 12`) read directly, since Yams's reading copies and searches
    /// the text for every radix it knows.
    static func integer(_ node: Node) -> Int? {
        guard let text = node.scalar?.string, let first = text.utf8.first, text.utf8.allSatisfy(isDigit),
              first != UInt8(ascii: "0") || text.utf8.count == 1 else { return node.int }
        return Int(text)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
