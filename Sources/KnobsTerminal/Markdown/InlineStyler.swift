/// Turns inline Markdown into styled text.
///
/// With colour, emphasis is italic, strong is bold, code is coloured and
/// links are underlined with their address dimmed after them. Without
/// colour the same distinctions are kept in plain characters: `_emphasis_`,
/// `*strong*`, `` `code` `` and `text (address)`.
struct InlineStyler {
    let color: Bool

    func styled(_ inlines: [MarkdownInline], _ base: Style = .plain) -> StyledText {
        var out = StyledText()
        for inline in inlines { append(inline, base, to: &out) }
        return out
    }

    private func append(_ inline: MarkdownInline, _ base: Style, to out: inout StyledText) {
        switch inline {
        case .text(let text):
            out.append(StyledText.sanitized(text), base)
        case .emphasis(let inner):
            wrapped(inner, base.merged(with: Theme.emphasis), marker: "_", to: &out)
        case .strong(let inner):
            wrapped(inner, base.merged(with: Theme.strong), marker: "*", to: &out)
        case .code(let code):
            let text = StyledText.sanitized(code)
            out.append(color ? text : "`" + text + "`", base.merged(with: Theme.inlineCode))
        case .link(let inner, let destination):
            out.append(styled(inner, base.merged(with: Theme.linkText)))
            appendAddress(destination, unlessItIs: inner.plainText, base, to: &out)
        case .image(let alt, let source):
            out.append(StyledText.sanitized(alt.isEmpty ? "image" : alt), base.merged(with: Theme.emphasis))
            appendAddress(source, unlessItIs: "", base, to: &out)
        case .lineBreak:
            out.append("\n", base)
        case .softBreak:
            out.append(" ", base)
        }
    }

    /// Inner text between plain markers when there is no colour to show the style.
    private func wrapped(_ inner: [MarkdownInline], _ style: Style, marker: String, to out: inout StyledText) {
        if !color { out.append(marker, style) }
        out.append(styled(inner, style))
        if !color { out.append(marker, style) }
    }

    /// ` (address)` after a link's text, unless the text already says it.
    private func appendAddress(_ destination: String, unlessItIs text: String, _ base: Style, to out: inout StyledText) {
        let shown = destination.hasPrefix("mailto:") ? String(destination.dropFirst(7)) : destination
        guard !shown.isEmpty, shown != text else { return }
        out.append(" (" + StyledText.sanitized(shown) + ")", base.merged(with: Theme.address))
    }
}
