import KnobsLang

/// Draws Markdown for a terminal of a given width: wrapped paragraphs,
/// underlined headings, bulleted and numbered lists, highlighted knobs code,
/// quotes, rules and tables aligned by display width.
///
/// ```swift
/// let text = MarkdownRenderer(terminal: .current()).render("# Parameters\nThe *knobs* of a model.")
/// ```
///
/// With colour off the result holds no escape code at all, and every
/// distinction (heading, emphasis, code, link) still shows in plain
/// characters. Without Unicode, bullets, rules and table lines are ASCII.
public struct MarkdownRenderer: Sendable {
    public var terminal: Terminal
    /// Names that code blocks colour as the library's (the standard library and the plot functions).
    public var libraryNames: Set<String>

    public init(terminal: Terminal, libraryNames: Set<String> = SyntaxHighlighter.standardLibraryNames.union(PlotLibrary.names)) {
        self.terminal = terminal
        self.libraryNames = libraryNames
    }

    /// The rendered text of a Markdown document, each line ending in a newline.
    public func render(_ markdown: String) -> String {
        render(MarkdownParser.parse(markdown))
    }

    /// The rendered text of parsed blocks, each line ending in a newline.
    public func render(_ blocks: [MarkdownBlock]) -> String {
        lines(blocks, width: terminal.width).map { $0.trimmingTrailingSpaces().rendered(color: terminal.color) + "\n" }.joined()
    }

    /// Code on its own, as a front end shows a cell: coloured when it is
    /// knobs code (`info` starting with `knobs`) and colour is on, not
    /// indented, each line ending in a newline.
    public func renderCode(_ code: String, info: String = "knobs") -> String {
        CodeStyler(color: terminal.color, libraryNames: libraryNames).lines(code, info: info)
            .map { $0.trimmingTrailingSpaces().rendered(color: terminal.color) + "\n" }.joined()
    }

    /// Blocks as lines, a blank line between blocks unless `tight` (the items of a tight list).
    func lines(_ blocks: [MarkdownBlock], width: Int, tight: Bool = false, depth: Int = 0) -> [StyledText] {
        var out: [StyledText] = []
        for block in blocks {
            if case .comment = block { continue }
            if !out.isEmpty, !tight { out.append(StyledText()) }
            out += lines(block, width: width, depth: depth)
        }
        return out
    }

    private var inline: InlineStyler { InlineStyler(color: terminal.color) }
    private var symbols: Symbols { Symbols(unicode: terminal.unicode) }

    private func lines(_ block: MarkdownBlock, width: Int, depth: Int) -> [StyledText] {
        switch block {
        case .heading(let level, let text):
            return heading(level, text, width: width)
        case .paragraph(let text):
            return Wrapper.wrap(inline.styled(text), width: width)
        case .list(let list):
            return ListLayout(renderer: self, symbols: symbols, color: terminal.color).lines(list, width: width, depth: depth)
        case .code(let info, let text):
            return CodeStyler(color: terminal.color, libraryNames: libraryNames).lines(text, info: info).map { StyledText("    ") + $0 }
        case .quote(let inner):
            let bar = StyledText(symbols.quoteBar, Theme.frame)
            return lines(inner, width: width - DisplayWidth.of(symbols.quoteBar), depth: depth).map { bar + $0 }
        case .rule:
            return [StyledText(String(repeating: symbols.rule, count: width), Theme.frame)]
        case .table(let table):
            return TableLayout(inline: inline, symbols: symbols).lines(table, width: width)
        case .comment:
            return []
        }
    }

    /// Level 1 underlined with a double line, level 2 with a single one; deeper
    /// levels bold, or with their `#` marks when there is no colour.
    private func heading(_ level: Int, _ text: [MarkdownInline], width: Int) -> [StyledText] {
        let style = level == 1 ? Theme.heading : level == 2 ? Theme.subheading : Theme.minorHeading
        var content = inline.styled(text, style)
        if level >= 3, !terminal.color {
            content = StyledText(String(repeating: "#", count: level) + " ") + content
        }
        let wrapped = Wrapper.wrap(content, width: width)
        guard level <= 2 else { return wrapped }
        let underline = level == 1 ? symbols.doubleRule : symbols.rule
        let length = wrapped.map(\.width).max() ?? 0
        return wrapped + [StyledText(String(repeating: underline, count: length), style)]
    }
}
