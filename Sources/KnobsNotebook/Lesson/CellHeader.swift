import KnobsLang

/// What a `knobs` cell's info string says: its kind and attributes.
///
/// `knobs`, then optionally a kind (`exercise`, `solution`, `check`, `hint`,
/// `question`, or one a plugin the lesson names adds), then attributes: `id=NAME`,
/// `points=N`, and `hidden` and `weight=N` on a check. A plugin's kind takes none.
struct CellHeader {
    var kind: LessonCell.Kind = .code
    /// The kind a plugin adds, and that plugin, when the cell is of such a kind.
    var pluginKind: (name: String, plugin: String)?
    var id: String?
    var points: Double?
    var isHidden = false
    var weight: Double?

    static let attributes = ["id", "points", "hidden", "weight"]

    /// The cell kinds plugins add, as far as a lesson may use them.
    struct PluginKinds {
        /// The plugins that add each kind, by the kind's name.
        var known: [String: [String]] = [:]
        /// The plugins the lesson names; nil when its front matter cannot be read (then any will do).
        var named: [String]?

        /// The plugin the lesson names that adds `kind`, if any.
        func plugin(adding kind: String) -> String? {
            known[kind]?.first { named?.contains($0) ?? true }
        }

        /// The kinds the lesson's plugins add, sorted.
        var usable: [String] {
            known.keys.filter { plugin(adding: $0) != nil }.sorted()
        }
    }

    /// Reads the info string of the fence on `line`; problems go to `problems`, and nil means the cell cannot be used.
    static func parse(_ fence: Fence, line: LessonLines.Line, in text: LessonLines, pluginKinds: PluginKinds = PluginKinds(),
                      problems: inout [Diagnostic]) -> CellHeader? {
        var header = CellHeader()
        var words = fence.info.split(whereSeparator: \.isWhitespace).dropFirst()
        var usable = true
        if let first = words.first, !first.utf8.contains(UInt8(ascii: "=")), first != "hidden" {
            words = words.dropFirst()
            if let kind = LessonCell.Kind(rawValue: String(first)) {
                header.kind = kind
            } else if let plugin = pluginKinds.plugin(adding: String(first)) {
                header.pluginKind = (String(first), plugin)
                for word in words {
                    problems.append(text.problem("a \(first) cell takes no attributes", at: line, span: word,
                                                 hint: "its plugin, \(plugin), reads only the text between the fences"))
                }
                return header
            } else {
                let kinds = LessonCell.Kind.allCases.map(\.rawValue).filter { $0 != "code" } + pluginKinds.usable
                let guess = NameSuggestion.closest(to: String(first), among: kinds)
                let owners = pluginKinds.known[String(first)] ?? []
                let hint = owners.isEmpty ? guess.map { "did you mean '\($0)'?" } ?? "a knobs cell is plain code, or one of: \(kinds.joined(separator: ", "))"
                    : "the plugin \(owners.joined(separator: " or the plugin ")) adds it; name it in the front matter: plugins: [\(((pluginKinds.named ?? []) + [owners[0]]).joined(separator: ", "))]"
                problems.append(text.problem("unknown cell kind '\(first)'", at: line, span: first, hint: hint))
                usable = false
            }
        }
        var seen = Set<String>()
        var idGiven = false
        for word in words {
            let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            let value = parts.count > 1 ? unquoted(parts[1]) : nil
            guard attributes.contains(name) else {
                let guess = NameSuggestion.closest(to: name, among: attributes)
                problems.append(text.problem("unknown attribute '\(name)'", at: line, span: word,
                                             hint: guess.map { "did you mean '\($0)'?" } ?? "a cell takes id=NAME, points=N, and hidden and weight=N on a check"))
                continue
            }
            idGiven = idGiven || name == "id"
            guard seen.insert(name).inserted else {
                problems.append(text.problem("'\(name)' is given twice", at: line, span: word))
                continue
            }
            if let problem = header.set(name, value, kind: usable ? header.kind : nil) {
                problems.append(text.problem(problem.message, at: line, span: word, hint: problem.hint))
            }
        }
        if usable, header.id == nil, header.kind != .code {
            let what = header.kind == .exercise || header.kind == .question ? "it" : "the task it belongs to"
            let article = header.kind == .exercise ? "an" : "a"
            if !idGiven {
                problems.append(text.problem("\(article) \(header.kind.rawValue) cell needs an id", at: line, span: fence.info,
                                             hint: "name \(what): ```knobs \(header.kind.rawValue) id=NAME"))
            }
            usable = false
        }
        return usable ? header : nil
    }

    /// Sets one attribute; the problem with it, if any. `kind` is nil when the cell's kind is unknown.
    private mutating func set(_ name: String, _ value: Substring?, kind: LessonCell.Kind?) -> (message: String, hint: String?)? {
        switch name {
        case "id":
            guard let value, !value.isEmpty else { return ("id needs a value", "write id=NAME") }
            guard LessonInfo.isValidID(value) else {
                return ("'\(value)' cannot be an id", "an id is made of letters, digits, '-' and '_'")
            }
            id = String(value)
        case "points":
            guard let value, let number = Double(value), number.isFinite, number >= 0 else {
                return ("points needs a number of at least 0", "write points=2")
            }
            if let kind, kind != .exercise, kind != .question {
                return ("points belong on an exercise or a question, not on a \(kind.rawValue) cell", nil)
            }
            points = number
        case "weight":
            guard let value, let number = Double(value), number.isFinite, number > 0 else {
                return ("weight needs a number above 0", "write weight=2")
            }
            if let kind, kind != .check { return ("a weight belongs on a check, not on \(kind == .exercise ? "an" : "a") \(kind.rawValue) cell", nil) }
            weight = number
        default:
            if value != nil { return ("hidden takes no value", "write just hidden") }
            if let kind, kind != .check { return ("only a check can be hidden", nil) }
            isHidden = true
        }
        return nil
    }

    private static func unquoted(_ text: Substring) -> Substring {
        if text.count >= 2, text.first == "\"", text.last == "\"" { return text.dropFirst().dropLast() }
        return text
    }
}
