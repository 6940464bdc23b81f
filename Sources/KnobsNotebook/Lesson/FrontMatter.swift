import Foundation
import KnobsLang
import Yams

/// Reads a lesson's front matter: the YAML between the first two `---` lines.
struct FrontMatter {
    static let keys = ["id", "title", "summary", "plugins", "seed"]

    /// The front matter, and the index of the first line after it; problems go to `problems`.
    ///
    /// The info is nil when the front matter cannot be used; the body is still
    /// read, so that its problems are reported in the same run.
    static func parse(_ text: LessonLines, knownPlugins: Set<String>, problems: inout [Diagnostic]) -> (info: LessonInfo?, bodyStart: Int) {
        let lines = text.lines
        // An editor's byte order mark is not part of the first line.
        guard let first = lines.first, first.text.drop(while: { $0 == "\u{FEFF}" }).trimmingWhitespace() == "---" else {
            let at = lines.first ?? LessonLines.Line(number: 1, text: "", offset: 0)
            problems.append(text.problem("a lesson starts with front matter", at: at, span: at.text.prefix(3),
                                         hint: "begin the file with a line ---, then id: and title:, then another line ---"))
            return (nil, 0)
        }
        guard let end = lines.dropFirst().firstIndex(where: { $0.text.trimmingWhitespace() == "---" || $0.text.trimmingWhitespace() == "..." }) else {
            problems.append(text.problem("the front matter is never closed", at: first, hint: "end it with a line ---"))
            return (nil, lines.count)
        }
        let yaml = lines[1..<end].map { String($0.text) }.joined(separator: "\n")
        var reader = Reader(text: text, firstLine: first.number + 1, knownPlugins: knownPlugins)
        let info = reader.read(yaml, fence: first)
        problems += reader.problems
        return (info, end + 1)
    }

    /// Turns the YAML into a ``LessonInfo``, collecting problems at the lesson's lines.
    private struct Reader {
        let text: LessonLines
        /// The lesson's line number of the YAML's first line.
        let firstLine: Int
        let knownPlugins: Set<String>
        var problems: [Diagnostic] = []

        init(text: LessonLines, firstLine: Int, knownPlugins: Set<String>) {
            self.text = text
            self.firstLine = firstLine
            self.knownPlugins = knownPlugins
        }

        mutating func read(_ yaml: String, fence: LessonLines.Line) -> LessonInfo? {
            let root: Node?
            do {
                root = try FrontMatter.compose(yaml)
            } catch let error as YamlError {
                report(error)
                return nil
            } catch {
                problems.append(text.problem("the front matter is not valid YAML: \(error)", at: fence))
                return nil
            }
            guard let root, let mapping = root.mapping else {
                problems.append(text.problem("the front matter needs at least an id and a title", at: fence,
                                             hint: "write id: NAME and title: TEXT on lines of their own"))
                return nil
            }
            var info = LessonInfo(id: "", title: "", summary: "", plugins: [], seed: nil)
            var found = Set<String>()
            for (key, value) in mapping {
                guard let name = key.string, FrontMatter.keys.contains(name) else {
                    let name = key.string ?? "?"
                    let guess = NameSuggestion.closest(to: name, among: FrontMatter.keys)
                    problem("unknown front matter key '\(name)'", at: key,
                            hint: guess.map { "did you mean '\($0)'?" } ?? "the keys are: \(FrontMatter.keys.joined(separator: ", "))")
                    continue
                }
                found.insert(name)
                read(name, value, into: &info)
            }
            for name in ["id", "title"] where !found.contains(name) {
                problems.append(text.problem("the front matter has no \(name)", at: fence, hint: "add a line \(name): …"))
            }
            return problems.isEmpty ? info : nil
        }

        private mutating func read(_ name: String, _ value: Node, into info: inout LessonInfo) {
            switch name {
            case "id":
                guard let id = string(value, name), !id.isEmpty else { return }
                guard LessonInfo.isValidID(id) else {
                    return problem("'\(id)' cannot be a lesson id", at: value, hint: "an id is made of letters, digits, '-' and '_'")
                }
                info.id = id
            case "title":
                guard let title = string(value, name) else { return }
                guard !title.unicodeScalars.allSatisfy(\.isSpaceOrTab) else { return problem("the title is empty", at: value) }
                info.title = title
            case "summary":
                info.summary = string(value, name) ?? ""
            case "plugins":
                guard let items = value.sequence else {
                    return problem("plugins must be a list", at: value, hint: "write plugins: [name, other]")
                }
                for item in items {
                    guard let plugin = string(item, "a plugin") else { continue }
                    guard knownPlugins.contains(plugin) else {
                        let guess = NameSuggestion.closest(to: plugin, among: knownPlugins)
                        let installed = knownPlugins.isEmpty ? "no plugins are installed" : "installed: \(knownPlugins.sorted().joined(separator: ", "))"
                        problem("there is no plugin '\(plugin)'", at: item, hint: guess.map { "did you mean '\($0)'?" } ?? installed)
                        continue
                    }
                    if !info.plugins.contains(plugin) { info.plugins.append(plugin) }
                }
            default:
                guard value.tag.rawValue == Tag.Name.int.rawValue, let seed = FrontMatter.integer(value), seed >= 0 else {
                    return problem("seed must be a whole number of at least 0", at: value, hint: "write seed: 42")
                }
                info.seed = UInt64(seed)
            }
        }

        /// A scalar's text, or nil (with a problem) for a list, a mapping, a number or nothing.
        private mutating func string(_ node: Node, _ name: String) -> String? {
            guard let scalar = node.scalar, node.tag.rawValue == Tag.Name.str.rawValue else {
                problem("\(name) must be text", at: node, hint: node.scalar == nil ? nil : "put it in quotes")
                return nil
            }
            return scalar.string
        }

        private mutating func problem(_ message: String, at node: Node, hint: String? = nil) {
            let (line, column) = node.mark.map { ($0.line, $0.column) } ?? (1, 1)
            let quoted = node.scalar.map { $0.style == .singleQuoted || $0.style == .doubleQuoted } ?? false
            let length = node.scalar.map { $0.string.unicodeScalars.count + (quoted ? 2 : 0) }
            problems.append(text.problem(message, line: firstLine + line - 1, column: column, length: length, hint: hint))
        }

        private mutating func report(_ error: YamlError) {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                problems.append(text.problem("the front matter is not valid YAML: \(problem)", line: firstLine + mark.line - 1, column: mark.column))
            case .duplicatedKeysInMapping(let duplicates, let context):
                let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
                problems.append(text.problem("the front matter gives \(names) more than once", line: firstLine + context.mark.line - 1, column: context.mark.column))
            default:
                problems.append(text.problem("the front matter is not valid YAML: \(error)", line: firstLine, column: 1))
            }
        }
    }
}

extension LessonInfo {
    /// Reads a lesson's front matter and not its cells: enough to know the
    /// lesson by its id, for a fraction of the cost of parsing it all.
    ///
    /// - Parameters:
    ///   - text: The lesson's Markdown.
    ///   - name: The name diagnostics give the file, usually its path.
    ///   - knownPlugins: The plugins that exist, as for parsing the lesson.
    /// - Returns: nil when the front matter is missing or has a problem; parsing the whole lesson reports it.
    public init?(frontMatterOf text: String, name: String, knownPlugins: Set<String> = []) {
        let utf8 = text.utf8
        self.init(frontMatter: String(Substring(utf8[..<FrontMatter.headEnd(of: utf8)])), name: name, knownPlugins: knownPlugins)
    }

    /// Reads the front matter of a lesson file's bytes, decoding only the
    /// front matter: the rest of a long lesson costs nothing.
    ///
    /// - Parameters:
    ///   - data: The lesson file's contents.
    ///   - name: The name diagnostics give the file, usually its path.
    ///   - knownPlugins: The plugins that exist, as for parsing the lesson.
    /// - Returns: nil when the front matter is missing, is not UTF-8 or has a problem; parsing the whole
    ///   lesson reports it (and a body that is not UTF-8).
    public init?(frontMatterOf data: Data, name: String, knownPlugins: Set<String> = []) {
        let head = data.withUnsafeBytes { bytes in String(validating: bytes[..<FrontMatter.headEnd(of: bytes)], as: UTF8.self) }
        guard let head else { return nil }
        self.init(frontMatter: head, name: name, knownPlugins: knownPlugins)
    }

    /// Reads `head`, a lesson cut where its front matter closes.
    private init?(frontMatter head: String, name: String, knownPlugins: Set<String>) {
        var problems: [Diagnostic] = []
        guard let info = FrontMatter.parse(LessonLines(source: SourceFile(name: name, text: head)), knownPlugins: knownPlugins, problems: &problems).info,
              problems.isEmpty else { return nil }
        self = info
    }
}

extension FrontMatter {
    /// Where the line that closes the front matter ends in a lesson's UTF-8, as
    /// ``parse(_:knownPlugins:problems:)`` finds that line (lines cut as ``LessonLines`` cuts them,
    /// `---` or `...` between spaces and tabs), or the end when no line closes it: all that parse reads.
    static func headEnd<Bytes: BidirectionalCollection<UInt8>>(of bytes: Bytes) -> Bytes.Index {
        let blank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        var start = bytes.startIndex
        var isFirstLine = true
        while start < bytes.endIndex {
            let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            var end = newline
            if end > start, bytes[bytes.index(before: end)] == UInt8(ascii: "\r") { end = bytes.index(before: end) }
            let first = bytes[start..<end].firstIndex { !blank($0) } ?? end
            let last = bytes[first..<end].lastIndex { !blank($0) }.map { bytes.index(after: $0) } ?? first
            let line = bytes[first..<last]
            if !isFirstLine, line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) { return newline }
            isFirstLine = false
            start = newline < bytes.endIndex ? bytes.index(after: newline) : newline
        }
        return bytes.endIndex
    }
}
