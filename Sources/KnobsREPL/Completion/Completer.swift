/// What the REPL knows that Tab can offer.
public protocol CompletionSource: AnyObject {
    /// The `:` commands, without the colon.
    var commandNames: [String] { get }
    /// What may follow a command (`:open` takes a lesson id).
    func arguments(of command: String) -> [String]
    /// Every top-level variable and library function.
    var names: [String] { get }
    /// The properties and methods of the value a name holds.
    func members(of name: String) -> [String]
}

/// Tab completion: commands after a colon, their arguments, names, and members after a dot.
public final class Completer {
    /// The characters that end a word; `.`, `:` and `_` belong to words, so
    /// `net.par` and `:op` complete as a whole.
    public static let wordBreaks = " \t\n()[]{},+-*/%^=<>!&|\"';@#"

    private weak var source: CompletionSource?

    public init(source: CompletionSource) {
        self.source = source
    }

    /// The completions of `word`, given the text of the line before it.
    public func candidates(for word: String, after prefix: String) -> [String] {
        guard let source else { return [] }
        let before = prefix.trimmingPrefixSpaces
        if before.isEmpty, word.hasPrefix(":") {
            return matching(source.commandNames.map { ":" + $0 }, word)
        }
        if before.hasPrefix(":") {
            let command = before.dropFirst().split(separator: " ").first.map(String.init) ?? ""
            let full = source.commandNames.first { $0 == command } ?? source.commandNames.first { $0.hasPrefix(command) } ?? command
            // A lesson id holds a word break (`02-line`): match the whole argument, hand back the part after the break.
            let typed = String(before.drop { $0 != " " }.drop { $0 == " " })
            return matching(source.arguments(of: full), typed + word).map { String($0.dropFirst(typed.count)) }
        }
        if let dot = word.lastIndex(of: ".") {
            let receiver = String(word[..<dot])
            let member = String(word[word.index(after: dot)...])
            return matching(source.members(of: receiver), member).map { receiver + "." + $0 }
        }
        return matching(source.names, word)
    }

    private func matching(_ options: [String], _ word: String) -> [String] {
        Array(Set(options.filter { $0.hasPrefix(word) })).sorted()
    }
}

extension String {
    /// The text without leading spaces.
    fileprivate var trimmingPrefixSpaces: Substring {
        drop { $0 == " " || $0 == "\t" }
    }
}
